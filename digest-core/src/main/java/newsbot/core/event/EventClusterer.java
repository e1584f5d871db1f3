package newsbot.core.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups articles into events over the whole set at once: average-linkage agglomerative clustering on
 * {@link Similarity}, never joining clusters that hold a blocked pair (dates too far apart, kinds that exclude
 * each other). Articles are visited in a content order (event date, then content hash), so the result does not
 * depend on the order files arrived in. Pure.
 */
final class EventClusterer {
    /** The average link two clusters need to become one event. */
    static final double THRESHOLD = 0.3;

    private final int windowDays;
    private final double threshold;

    EventClusterer(int windowDays) {
        this(windowDays, THRESHOLD);
    }

    EventClusterer(int windowDays, double threshold) {
        this.windowDays = windowDays;
        this.threshold = threshold;
    }

    List<Cluster> cluster(List<Evidence> input) {
        List<Evidence> items = new ArrayList<>(input);
        items.sort(Comparator.comparing((Evidence e) -> e.date().date()).thenComparing(e -> e.article().key()));
        Similarity sim = new Similarity(items, windowDays);
        int n = items.size();
        Map<Long, Link> links = new HashMap<>();
        UnionFind components = new UnionFind(n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (items.get(j).date().date().isAfter(items.get(i).date().last().plusDays(sim.reachDays() + 31))) {
                    break; // sorted by date: nothing further can be linked (31: a month-precise date's width)
                }
                Link l = sim.link(i, j);
                links.put(pair(i, j), l);
                if (!l.blocked() && l.score() >= threshold) {
                    components.union(i, j);
                }
            }
        }
        Map<Integer, List<Integer>> byComponent = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            byComponent.computeIfAbsent(components.find(i), k -> new ArrayList<>()).add(i);
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Integer> component : byComponent.values()) {
            for (List<Integer> members : agglomerate(component, links)) {
                out.add(cluster(members, items, links));
            }
        }
        out.sort(Comparator.comparing((Cluster c) -> c.members().get(0).date().date())
                .thenComparing(c -> c.members().get(0).article().key()));
        return out;
    }

    private List<List<Integer>> agglomerate(List<Integer> component, Map<Long, Link> links) {
        List<List<Integer>> clusters = new ArrayList<>();
        component.forEach(i -> clusters.add(new ArrayList<>(List.of(i))));
        while (clusters.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double best = threshold;
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    double avg = average(clusters.get(a), clusters.get(b), links);
                    if (avg >= best && (bestA < 0 || avg > best)) {
                        best = avg;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            clusters.get(bestA).addAll(clusters.remove(bestB));
            clusters.get(bestA).sort(Integer::compare);
        }
        return clusters;
    }

    /** The mean link over every pair across the two clusters; -1 when any pair is blocked. */
    private static double average(List<Integer> a, List<Integer> b, Map<Long, Link> links) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                Link l = links.get(pair(i, j));
                if (l == null || l.blocked()) {
                    return -1;
                }
                sum += l.score();
            }
        }
        return sum / (a.size() * b.size());
    }

    private Cluster cluster(List<Integer> members, List<Evidence> items, Map<Long, Link> links) {
        List<Evidence> evidence = members.stream().map(items::get).toList();
        Map<Long, String> placements = new HashMap<>();
        int central = members.get(0);
        double bestCentrality = -1;
        for (int i : members) {
            double centrality = 0;
            Link strongest = null;
            int with = -1;
            for (int j : members) {
                if (i != j) {
                    Link l = links.get(pair(i, j));
                    centrality += l.score();
                    if (strongest == null || l.score() > strongest.score()) {
                        strongest = l;
                        with = j;
                    }
                }
            }
            if (centrality > bestCentrality) {
                bestCentrality = centrality;
                central = i;
            }
            Evidence e = items.get(i);
            placements.put(e.id(), strongest == null ? opening(e)
                    : "with “" + items.get(with).article().title() + "”: " + String.join("; ", strongest.reasons()));
        }
        return new Cluster(evidence, items.get(central), placements);
    }

    private static String opening(Evidence e) {
        return "the only article of its event" + e.kind().map(k -> ": " + k.name("en").toLowerCase(java.util.Locale.ROOT))
                .orElse("") + ", " + e.date().date() + " (" + e.date().source() + ")";
    }

    private static long pair(int i, int j) {
        return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
    }

    /** Disjoint sets over item indexes. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
