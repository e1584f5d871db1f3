package newsbot.core.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every alias, term and blocker of a topic in one multi-pattern matcher. One pass over the
 * folded text yields the raw hits; then English aliases must sit on word boundaries, hits
 * inside a blocker ("布朗族", "Austin, Texas") are dropped, and a hit inside a longer hit of the
 * same owner ("奥斯汀" inside "美国防长奥斯汀") is dropped so that counts are not inflated.
 */
final class Lexicon {

    enum Owner { ENTITY, TERM, BLOCKER }

    /** One thing a folded pattern stands for; several phrases may share one pattern. */
    record Phrase(Owner owner, int ownerIndex, int item, boolean ambiguous) {
    }

    /** A hit that survived boundary, blocker and containment checks. */
    record Hit(Owner owner, int ownerIndex, int item, boolean ambiguous, int start, int end) {
    }

    private final AhoCorasick matcher;
    private final List<List<Phrase>> phrasesByPattern;
    private final boolean[] latinStart;
    private final boolean[] latinEnd;

    private Lexicon(Map<String, List<Phrase>> byPattern) {
        List<String> patterns = new ArrayList<>(byPattern.keySet());
        this.matcher = new AhoCorasick(patterns);
        this.phrasesByPattern = patterns.stream().map(p -> List.copyOf(byPattern.get(p))).toList();
        this.latinStart = new boolean[patterns.size()];
        this.latinEnd = new boolean[patterns.size()];
        for (int i = 0; i < patterns.size(); i++) {
            String p = patterns.get(i);
            latinStart[i] = TextFolding.isWordChar(p.charAt(0));
            latinEnd[i] = TextFolding.isWordChar(p.charAt(p.length() - 1));
        }
    }

    static Lexicon build(List<EntityDef> entities, List<TermGroup> groups, List<String> blockers) {
        Map<String, List<Phrase>> byPattern = new LinkedHashMap<>();
        for (int e = 0; e < entities.size(); e++) {
            EntityDef def = entities.get(e);
            for (String alias : def.entity().allNames()) {
                add(byPattern, alias, new Phrase(Owner.ENTITY, e, 0, def.isAmbiguous(alias)));
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            List<Term> terms = groups.get(g).terms();
            for (int t = 0; t < terms.size(); t++) {
                for (List<String> forms : terms.get(t).names().values()) {
                    for (String form : forms) {
                        add(byPattern, form, new Phrase(Owner.TERM, g, t, false));
                    }
                }
            }
        }
        for (String blocker : blockers) {
            add(byPattern, blocker, new Phrase(Owner.BLOCKER, 0, 0, false));
        }
        return new Lexicon(byPattern);
    }

    private static void add(Map<String, List<Phrase>> byPattern, String text, Phrase phrase) {
        String folded = TextFolding.foldPhrase(text);
        if (folded.isEmpty()) {
            return;
        }
        List<Phrase> list = byPattern.computeIfAbsent(folded, k -> new ArrayList<>());
        // the same alias listed twice for one owner (e.g. in two languages) is one phrase
        boolean known = list.stream().anyMatch(p -> p.owner() == phrase.owner()
                && p.ownerIndex() == phrase.ownerIndex() && p.item() == phrase.item());
        if (!known) {
            list.add(phrase);
        }
    }

    /** Hits in {@code folded} (see {@link TextFolding#fold(String)}), by start, longer first. */
    List<Hit> scan(char[] folded) {
        List<Hit> raw = new ArrayList<>();
        List<int[]> blocked = new ArrayList<>();
        matcher.scan(folded, (pattern, start, end) -> {
            if (latinStart[pattern] && start > 0 && TextFolding.isWordChar(folded[start - 1])) {
                return;
            }
            if (latinEnd[pattern] && end < folded.length && TextFolding.isWordChar(folded[end])) {
                return;
            }
            for (Phrase p : phrasesByPattern.get(pattern)) {
                if (p.owner() == Owner.BLOCKER) {
                    blocked.add(new int[] {start, end});
                } else {
                    raw.add(new Hit(p.owner(), p.ownerIndex(), p.item(), p.ambiguous(), start, end));
                }
            }
        });
        if (!blocked.isEmpty()) {
            raw.removeIf(h -> blocked.stream().anyMatch(b -> b[0] <= h.start() && h.end() <= b[1]));
        }
        return withoutContained(raw);
    }

    private static List<Hit> withoutContained(List<Hit> hits) {
        hits.sort(Comparator.comparing(Hit::owner).thenComparingInt(Hit::ownerIndex)
                .thenComparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        List<Hit> kept = new ArrayList<>(hits.size());
        Hit cover = null;
        for (Hit h : hits) {
            boolean sameOwner = cover != null && cover.owner() == h.owner() && cover.ownerIndex() == h.ownerIndex();
            if (sameOwner && h.end() <= cover.end()) {
                continue;
            }
            kept.add(h);
            cover = h;
        }
        kept.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        return kept;
    }
}
