package newsbot.core.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsbot.core.parse.Section;
import newsbot.core.text.Negation;

/**
 * Scores one article against a topic: match once, resolve ambiguous aliases, run the rules,
 * say why. Stateless after construction; safe to share between threads.
 */
final class RelevanceEngine {
    private final TopicDefinition def;
    private final Lexicon lexicon;

    RelevanceEngine(TopicDefinition def, Lexicon lexicon) {
        this.def = def;
        this.lexicon = lexicon;
    }

    Relevance assess(String title, List<Section> sections) {
        Explanation e = explain(title, sections);
        return new Relevance(e.score(), e.relevant(), e.rules().stream().map(RuleContribution::reason).toList(),
                e.entityIds());
    }

    Explanation explain(String title, List<Section> sections) {
        ArticleText article = ArticleText.of(title, sections, def.leadChars());
        return score(resolveAmbiguity(mentionsIn(article)));
    }

    /** What grouping needs: every resolved entity, term and kind cue with where it is. */
    TopicReading read(String title, List<Section> sections) {
        ArticleText article = ArticleText.of(title, sections, def.leadChars());
        List<Mention> mentions = resolveAmbiguity(mentionsIn(article));
        String[] kindOfGroup = new String[def.groups().size()];
        Map<String, List<String>> kindsOfEntityKind = new LinkedHashMap<>();
        for (int k = 0; k < def.eventKinds().size(); k++) {
            EventKind.Cues cues = def.kindCues().get(k);
            String id = def.eventKinds().get(k).id();
            if (cues.group() >= 0) {
                kindOfGroup[cues.group()] = id;
            }
            for (String entityKind : cues.entityKinds()) {
                kindsOfEntityKind.computeIfAbsent(entityKind, x -> new ArrayList<>()).add(id);
            }
        }
        List<TopicReading.Found> found = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.isEntity()) {
                Entity e = def.entities().get(m.owner()).entity();
                found.add(found(m, TopicReading.Type.ENTITY, e.id()));
                for (String kind : kindsOfEntityKind.getOrDefault(e.kind(), List.of())) {
                    found.add(found(m, TopicReading.Type.KIND, kind));
                }
            } else if (kindOfGroup[m.owner()] != null) {
                // "未会晤": the meeting did not happen, so the word does not make the article's kind
                if (!Negation.negated(article.text(), m.start())) {
                    found.add(found(m, TopicReading.Type.KIND, kindOfGroup[m.owner()]));
                }
            } else {
                found.add(found(m, TopicReading.Type.TERM, def.groups().get(m.owner()).name()));
            }
        }
        return new TopicReading(article.text(), found, article.sentenceStarts());
    }

    private static TopicReading.Found found(Mention m, TopicReading.Type type, String id) {
        return new TopicReading.Found(type, id, m.surface(), m.start(), m.end(), m.sentence(), m.inTitle(), m.inLead());
    }

    /** Runs the rules in file order; a rule does not fire when a rule it names in {@code unless} fired before it. */
    private Explanation score(List<Mention> mentions) {
        double score = 0;
        List<RuleContribution> fired = new ArrayList<>();
        java.util.Set<String> firedIds = new java.util.HashSet<>();
        for (Rule rule : def.rules()) {
            if (rule.unless().stream().anyMatch(firedIds::contains)) {
                continue;
            }
            List<List<Mention>> units = satisfiedUnits(rule, mentions);
            if (units.isEmpty()) {
                continue;
            }
            firedIds.add(rule.id());
            double contribution = rule.weight() * units.size();
            score += contribution;
            String text = rule.reason().render(label -> describe(rule, label, units));
            if (units.size() > 1) {
                text += " (" + units.size() + " sentences)";
            }
            fired.add(new RuleContribution(rule.id(), rule.weight(), units.size(), contribution, text));
        }
        fired.sort(Comparator.comparingDouble(RuleContribution::contribution).reversed());
        return new Explanation(score, def.threshold(), score >= def.threshold(), fired, entityIdsByCount(mentions));
    }

    private List<Mention> mentionsIn(ArticleText article) {
        String text = article.text();
        List<Mention> mentions = new ArrayList<>();
        for (Lexicon.Hit h : lexicon.scan(TextFolding.fold(text))) {
            mentions.add(new Mention(h.owner() == Lexicon.Owner.ENTITY, h.ownerIndex(), h.item(),
                    text.substring(h.start(), h.end()), h.start(), h.end(), article.sentenceOf(h.start()),
                    article.inTitle(h.start()), article.inTitle(h.start()) || article.inLead(h.start()),
                    h.ambiguous()));
        }
        return mentions;
    }

    /**
     * An ambiguous alias ("Austin", "布朗") counts only with context: an entity named by an
     * unambiguous alias anywhere in the article, or, within the window around it, another
     * entity (even an ambiguous one: "奥斯汀与董军") or a term of a context group.
     */
    private List<Mention> resolveAmbiguity(List<Mention> mentions) {
        boolean anchored = mentions.stream().anyMatch(m -> m.isEntity() && !m.ambiguous());
        if (anchored || mentions.stream().noneMatch(Mention::ambiguous)) {
            return mentions;
        }
        int window = def.ambiguityWindow();
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!m.ambiguous() || mentions.stream().anyMatch(c -> vouches(c, m) && near(c, m, window))) {
                kept.add(m);
            }
        }
        return kept;
    }

    private boolean vouches(Mention context, Mention ambiguous) {
        return context.isEntity() ? context.owner() != ambiguous.owner() : def.contextGroups()[context.owner()];
    }

    private static boolean near(Mention a, Mention b, int window) {
        return a.end() >= b.start() - window && a.start() <= b.end() + window;
    }

    private List<List<Mention>> satisfiedUnits(Rule rule, List<Mention> mentions) {
        List<List<Mention>> units = new ArrayList<>();
        switch (rule.scope()) {
            case ARTICLE -> units.add(mentions);
            case TITLE -> units.add(mentions.stream().filter(Mention::inTitle).toList());
            case LEAD -> units.add(mentions.stream().filter(Mention::inLead).toList());
            case SENTENCE -> {
                int from = 0;
                for (int i = 1; i <= mentions.size(); i++) {
                    if (i == mentions.size() || mentions.get(i).sentence() != mentions.get(from).sentence()) {
                        units.add(mentions.subList(from, i));
                        from = i;
                    }
                }
            }
        }
        List<List<Mention>> satisfied = new ArrayList<>();
        for (List<Mention> unit : units) {
            // an empty title can still satisfy a rule made only of "none" conditions
            if (rule.holdsIn(unit) && satisfied.size() < rule.max()) {
                satisfied.add(unit);
            }
        }
        return satisfied;
    }

    /** The value of a {label} placeholder: the distinct things the labelled selector(s) matched. */
    private String describe(Rule rule, String label, List<List<Mention>> units) {
        List<Selector> selectors = new ArrayList<>();
        for (Selector s : rule.all()) {
            if (s.label().equals(label)) {
                selectors.add(s);
            }
        }
        for (Selector s : rule.any()) {
            if (label.equals("any") || s.label().equals(label)) {
                selectors.add(s);
            }
        }
        Map<String, String> shown = new LinkedHashMap<>();
        for (List<Mention> unit : units) {
            for (Mention m : unit) {
                if (selectors.stream().anyMatch(s -> s.matches(m))) {
                    String key = (m.isEntity() ? "e" : "t" + m.item() + ":") + m.owner();
                    shown.putIfAbsent(key, display(m));
                }
            }
        }
        List<String> names = new ArrayList<>(shown.values()).subList(0, Math.min(3, shown.size()));
        return joinWithAnd(names);
    }

    private String display(Mention m) {
        String name = m.isEntity() ? def.entities().get(m.owner()).entity().displayName()
                : def.groups().get(m.owner()).terms().get(m.item()).display();
        return TextFolding.foldPhrase(name).equals(TextFolding.foldPhrase(m.surface()))
                ? name : name + " (" + m.surface().strip() + ")";
    }

    private static String joinWithAnd(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private List<String> entityIdsByCount(List<Mention> mentions) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.isEntity()) {
                counts.merge(m.owner(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .map(e -> def.entities().get(e.getKey()).entity().id())
                .toList();
    }
}
