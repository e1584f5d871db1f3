package newsbot.core.event;

import java.util.ArrayList;
import java.util.List;
import newsbot.core.text.TermVector;
import newsbot.core.text.Vocabulary;

/**
 * Pairwise evidence that two articles report one event: the words of their titles and leads (TF-IDF cosine,
 * within a language), the participants they share (across languages: entities are bilingual), a shared
 * mechanism or occasion, the same kind of contact, and how close their event dates are.
 */
final class Similarity {
    static final double TEXT = 0.55;
    static final double PARTICIPANTS = 0.25;
    static final double OCCASION = 0.05;
    static final double KIND = 0.1;
    /** Both sides' participants shared and the same kind: the same contact, whatever the words (scaled by both). */
    static final double COUNTERPARTS = 0.1;
    private static final double[] DATE_FACTOR = {1.0, 0.9, 0.75, 0.6};
    private static final double FAR_DATE_FACTOR = 0.5;
    /** A numbered session named by both: one event even weeks apart (a briefing about it a fortnight later). */
    private static final int SESSION_DAYS = 45;
    private static final double SESSION_SCORE = 1;

    private final List<Evidence> items;
    private final TermVector[] vectors;
    private final int windowDays;

    Similarity(List<Evidence> items, int windowDays) {
        this.items = List.copyOf(items);
        this.windowDays = windowDays;
        Vocabulary vocabulary = new Vocabulary();
        List<int[]> docs = new ArrayList<>();
        for (Evidence e : items) {
            docs.add(vocabulary.idsOf(e.terms().stream().map(t -> e.language() + ":" + t).toList()));
        }
        double[] idf = TermVector.idf(docs, vocabulary.size());
        this.vectors = docs.stream().map(d -> TermVector.of(d, idf)).toArray(TermVector[]::new);
    }

    Link link(int i, int j) {
        Evidence a = items.get(i);
        Evidence b = items.get(j);
        long gap = a.date().gapTo(b.date());
        if (a.sessions().stream().anyMatch(b.sessions()::contains) && gap <= SESSION_DAYS) {
            return new Link(SESSION_SCORE, false, List.of("the same session: " + String.join(", ", sharedSessions(a, b))));
        }
        if (differentSessions(a, b)) {
            return Link.BLOCKED; // the 17th and the 18th talks are two events
        }
        if (gap > windowDays) {
            return Link.BLOCKED;
        }
        if (a.kind().isPresent() && b.kind().isPresent() && !a.kind().get().compatibleWith(b.kind().get())) {
            return Link.BLOCKED;
        }
        List<String> reasons = new ArrayList<>();
        double text = a.language().equals(b.language()) ? vectors[i].cosine(vectors[j]) : 0;
        double dot = 0;
        List<String> names = new ArrayList<>();
        boolean us = false;
        boolean cn = false;
        for (Participant p : a.participants().values()) {
            Participant q = b.participants().get(p.entityId());
            if (q != null) {
                dot += p.weight() * q.weight();
                names.add(p.name());
                us |= p.side().equals("us");
                cn |= p.side().equals("cn");
            }
        }
        double participants = dot == 0 ? 0 : dot / (norm(a) * norm(b));
        boolean occasion = a.occasions().stream().anyMatch(b.occasions()::contains);
        double kind = a.kind().isPresent() && b.kind().isPresent() ? a.kind().get().likeness(b.kind().get()) : 0;
        double dateFactor = gap < DATE_FACTOR.length ? DATE_FACTOR[(int) gap] : FAR_DATE_FACTOR;
        double score = dateFactor * (TEXT * text + PARTICIPANTS * participants + (occasion ? OCCASION : 0)
                + KIND * kind + (us && cn ? COUNTERPARTS * kind * participants : 0));
        if (!names.isEmpty()) {
            reasons.add("shared participants: " + String.join(", ", names));
        }
        if (kind == 1) {
            reasons.add("same kind: " + a.kind().get().name("en").toLowerCase(java.util.Locale.ROOT));
        } else if (kind > 0) {
            reasons.add("kinds alike: " + a.kind().get().name("en").toLowerCase(java.util.Locale.ROOT) + ", "
                    + b.kind().get().name("en").toLowerCase(java.util.Locale.ROOT));
        }
        if (occasion) {
            reasons.add("same mechanism or occasion");
        }
        reasons.add(gap == 0 ? "same event date" : "event dates " + gap + (gap == 1 ? " day" : " days") + " apart");
        if (text > 0) {
            reasons.add(String.format(java.util.Locale.ROOT, "text similarity %.2f", text));
        }
        return new Link(score, false, reasons);
    }

    private static List<String> sharedSessions(Evidence a, Evidence b) {
        return a.sessions().stream().filter(b.sessions()::contains).sorted().toList();
    }

    /** Both name a numbered session of one mechanism, and the numbers differ. */
    private static boolean differentSessions(Evidence a, Evidence b) {
        for (String s : a.sessions()) {
            String mechanism = s.substring(0, s.indexOf('#'));
            for (String t : b.sessions()) {
                if (t.startsWith(mechanism + "#") && !t.equals(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double norm(Evidence e) {
        return Math.sqrt(e.participants().values().stream().mapToDouble(p -> p.weight() * p.weight()).sum());
    }

    /** The furthest apart (in days) two event dates can be and still be linked. */
    int reachDays() {
        return Math.max(windowDays, SESSION_DAYS);
    }


}
