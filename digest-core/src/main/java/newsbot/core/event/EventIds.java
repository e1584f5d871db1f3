package newsbot.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps event ids stable across regrouping. Each previous event, oldest first, goes to the new cluster holding
 * most of its articles; when an older event already took that cluster, the younger id is merged into the older
 * one (and resolves to it from then on). Clusters no previous event went to get new ids. Pure.
 */
final class EventIds {

    /**
     * @param ids    per cluster (same order as given): its previous event id, or 0 for a new one
     * @param merged previous ids merged into another id
     */
    record Assignment(List<Long> ids, Map<Long, Long> merged) {
        Assignment {
            ids = List.copyOf(ids);
            merged = Map.copyOf(merged);
        }
    }

    private EventIds() {
    }

    /**
     * @param clusters the article ids of each new cluster
     * @param previous each article's previous event id, for articles that had one
     */
    static Assignment assign(List<Set<Long>> clusters, Map<Long, Long> previous) {
        // previous id -> (cluster index -> how many of its articles went there), oldest id first
        TreeMap<Long, Map<Integer, Integer>> spread = new TreeMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (long article : clusters.get(c)) {
                Long old = previous.get(article);
                if (old != null) {
                    spread.computeIfAbsent(old, k -> new LinkedHashMap<>()).merge(c, 1, Integer::sum);
                }
            }
        }
        List<Long> ids = new ArrayList<>(java.util.Collections.nCopies(clusters.size(), 0L));
        Map<Long, Long> merged = new HashMap<>();
        for (Map.Entry<Long, Map<Integer, Integer>> e : spread.entrySet()) {
            int best = -1;
            int bestCount = 0;
            for (Map.Entry<Integer, Integer> c : e.getValue().entrySet()) {
                if (c.getValue() > bestCount || (c.getValue() == bestCount && c.getKey() < best)) {
                    best = c.getKey();
                    bestCount = c.getValue();
                }
            }
            if (ids.get(best) == 0) {
                ids.set(best, e.getKey());
            } else {
                merged.put(e.getKey(), ids.get(best));
            }
        }
        return new Assignment(ids, merged);
    }
}
