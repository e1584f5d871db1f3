package newsbot.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsbot.core.topic.EventKind;

/**
 * What a cluster of articles says the event was, by their agreement: the kind most of them name (titles count
 * double; a tie goes to the kind the topic lists first; an article naming the broader kind votes for the more precise
 * one another member names: "call" and "video call" make a video call), the event date most of them give (a date
 * read from the text counts double a publication date; ties go to the earlier day), and the participants by their
 * summed prominence (ties: the one named more often first).
 */
record EventSummary(String kind, EventDate date, List<Participant> participants) {
    /** Participants whose summed prominence is below this share of the most prominent one's are left out. */
    private static final double MIN_SHARE = 0.35;
    private static final int MAX_PARTICIPANTS = 6;

    /** @param topicKinds the topic's kinds in priority order: ties go to the earlier (more specific) kind */
    static EventSummary of(Cluster cluster, List<EventKind> topicKinds) {
        List<String> kindOrder = topicKinds.stream().map(EventKind::id).toList();
        Map<String, Double> kinds = new LinkedHashMap<>();
        Map<LocalDate, Double> dayVotes = new HashMap<>();
        Map<LocalDate, EventDate> dates = new HashMap<>();
        Map<String, Double> prominence = new LinkedHashMap<>();
        Map<String, Participant> who = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        for (Evidence e : cluster.members()) {
            e.kind().ifPresent(k -> kinds.merge(k.id(), e.kindInTitle() ? 2.0 : 1.0, Double::sum));
            boolean fromText = !e.date().source().startsWith("published");
            double vote = (fromText ? 2.0 : 1.0) * (e.date().precision() == EventDate.Precision.DAY ? 1 : 0.5);
            dayVotes.merge(e.date().date(), vote, Double::sum);
            dates.merge(e.date().date(), e.date(), (a, b) -> a.precision().ordinal() <= b.precision().ordinal() ? a : b);
            for (Participant p : e.participants().values()) {
                prominence.merge(p.entityId(), p.weight(), Double::sum);
                who.putIfAbsent(p.entityId(), p);
            }
            e.mentions().forEach((id, n) -> mentions.merge(id, n, Integer::sum));
        }
        foldIntoRefinements(kinds, topicKinds);
        String kind = kinds.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(e -> -kindOrder.indexOf(e.getKey())))
                .map(Map.Entry::getKey).orElse("");
        LocalDate day = dayVotes.entrySet().stream()
                .max(Map.Entry.<LocalDate, Double>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(cluster.central().date().date());
        double top = prominence.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Participant> participants = new ArrayList<>();
        prominence.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_SHARE * top)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(e -> -mentions.getOrDefault(e.getKey(), 0)))
                .limit(MAX_PARTICIPANTS)
                .forEach(e -> {
                    Participant p = who.get(e.getKey());
                    participants.add(new Participant(p.entityId(), p.name(), p.side(), e.getValue()));
                });
        return new EventSummary(kind, dates.get(day), participants);
    }

    /** Moves the votes of a broader kind to a kind refining it that has votes of its own. */
    private static void foldIntoRefinements(Map<String, Double> votes, List<EventKind> topicKinds) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (EventKind k : topicKinds) {
                Double broader = k.refines().isEmpty() || !votes.containsKey(k.id()) ? null : votes.remove(k.refines());
                if (broader != null) {
                    votes.merge(k.id(), broader, Double::sum);
                    moved = true;
                }
            }
        }
    }
}
