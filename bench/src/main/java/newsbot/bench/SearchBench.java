package newsbot.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import newsbot.core.Digests;
import newsbot.core.ingest.IngestListener;
import newsbot.core.ingest.IngestOptions;
import newsbot.core.ingest.IngestReport;
import newsbot.core.search.InvalidQueryException;
import newsbot.core.search.SearchHit;
import newsbot.core.search.SearchQuery;
import newsbot.core.search.SearchResults;

/**
 * Search quality and speed, through the facade the bot uses.
 *
 * <p>Quality: nDCG@10 of all-topics searches against graded judgements, with exactly the definitions of
 * {@code ../shared/eval-dev/score.py} (copies of one article, by file name, count once; a listed copy of a hit
 * counts as seen). The judgement file given with {@code --labels}, then every set in the bench's resources
 * ({@code search/sets.txt}): overall, English queries, and the queries that must find nothing but did.
 *
 * <p>Speed: a mixed query set (every judged query plus common words, on topic and all topics, pages 1 and 2)
 * in-process on the corpus copied {@code --copies} times, after a warm-up; p50/p99 per run and their medians.
 *
 * <pre>java -jar bench/target/newsbot-bench.jar search /tmp/corpus --labels ../shared/eval-dev/search.tsv
 *     [--db FILE] [--speed-db FILE] [--copies 10] [--runs 5] [--rounds 5] [--work DIR] [--topic FILE]
 *     [--no-speed] [--show] [--distinct N]</pre>
 * {@code --db}: the ingested corpus (ingested there first when empty); {@code --speed-db}: the ingested copies (made
 * under {@code --work} when missing; chat-load's database can be reused). {@code --show} prints each query's ranking.
 * {@code --distinct N}: also N names of the topic and glossary per run, each searched once on the copies (no kept
 * page can answer it), with the thread CPU each search takes.
 */
final class SearchBench {
    /** Common and costly queries besides the judged ones: frequent bigrams, exclusions, OR, mixed scripts. */
    static final List<String> COMMON = List.of("美国", "中国", "台湾", "南海", "两军", "中美两军", "朝鲜半岛局势",
            "Pentagon", "South China Sea", "talks", "\"defense policy\"", "美国 -中国", "台湾 OR 南海", "奥斯汀 董军",
            "军事 演习 美国", "拜登 talks");

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path labels = null;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "newsbot-search-bench");
        Path db = null;
        Path speedDb = null;
        Path topic = Path.of("config", "topics", "us-china-military.yml");
        int copies = 10;
        int runs = 5;
        int rounds = 5;
        boolean speed = true;
        boolean show = false;
        int distinct = 0;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--labels" -> labels = Path.of(args[++i]);
                case "--db" -> db = Path.of(args[++i]);
                case "--speed-db" -> speedDb = Path.of(args[++i]);
                case "--copies" -> copies = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--topic" -> topic = Path.of(args[++i]);
                case "--no-speed" -> speed = false;
                case "--show" -> show = true;
                case "--distinct" -> distinct = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(work);
        List<SearchJudgements> sets = new ArrayList<>();
        if (labels != null) {
            sets.add(SearchJudgements.read(labels));
        }
        sets.addAll(SearchJudgements.bundled());

        try (Digests digests = open(db == null ? work.resolve("corpus.db") : db, topic, corpus, 1, work)) {
            System.out.println("quality: nDCG@10, all topics, copies counted once");
            for (SearchJudgements set : sets) {
                quality(digests, set, show);
            }
        }
        if (speed || distinct > 0) {
            Set<String> mix = new LinkedHashSet<>();
            sets.forEach(s -> mix.addAll(s.queries().keySet()));
            mix.addAll(COMMON);
            Path x = speedDb == null ? work.resolve("corpus-x" + copies + ".db") : speedDb;
            try (Digests digests = open(x, topic, corpus, copies, work)) {
                if (speed) {
                    speed(digests, List.copyOf(mix), runs, rounds);
                }
                if (distinct > 0) {
                    distinct(digests, List.copyOf(mix), runs, distinct);
                }
            }
        }
    }

    /** The database, after ingesting the corpus (or {@code copies} copies of it) when it holds no article. */
    private static Digests open(Path db, Path topic, Path corpus, int copies, Path work) throws Exception {
        Digests digests = Digests.open(db, topic, Clock.systemUTC());
        if (digests.status().articles() == 0) {
            Path folder = corpus;
            if (copies > 1) {
                folder = work.resolve("corpus-x" + copies);
                if (!Files.isDirectory(folder)) {
                    CorpusCopies.make(corpus, folder, copies);
                }
            }
            long t0 = System.nanoTime();
            IngestReport r = digests.ingest(folder, IngestOptions.defaults(), IngestListener.NONE);
            System.out.printf(Locale.ROOT, "ingested %s into %s: %d files in %.1f s%n", folder, db, r.scanned(),
                    (System.nanoTime() - t0) / 1e9);
        }
        return digests;
    }

    private static void quality(Digests digests, SearchJudgements set, boolean show) throws Exception {
        List<Double> all = new ArrayList<>();
        List<Double> english = new ArrayList<>();
        List<String> noisy = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, Map<String, Integer>> q : set.queries().entrySet()) {
            List<SearchHit> hits = hits(digests, q.getKey());
            Map<String, Integer> grades = q.getValue();
            if (grades.isEmpty()) {
                if (!hits.isEmpty()) {
                    noisy.add(q.getKey());
                }
                lines.append(String.format(Locale.ROOT, "  %-36s %s%n", q.getKey(),
                        hits.isEmpty() ? "finds nothing, as it must" : "FOUND " + hits.size() + ", must find nothing"));
                continue;
            }
            double ndcg = ndcg(hits, grades);
            all.add(ndcg);
            if (SearchJudgements.isEnglish(q.getKey())) {
                english.add(ndcg);
            }
            lines.append(String.format(Locale.ROOT, "  %-36s nDCG@10 %.2f%n", q.getKey(), ndcg));
            if (show) {
                lines.append(ranking(hits, grades));
            }
        }
        System.out.printf(Locale.ROOT, "%s: nDCG@10 %.3f overall (%d queries), %.3f English (%d); must find nothing but did: %s%n",
                set.name(), mean(all), all.size(), mean(english), english.size(), noisy.isEmpty() ? "none" : noisy);
        System.out.print(lines);
    }

    static List<SearchHit> hits(Digests digests, String query) throws Exception {
        try {
            return digests.search(new SearchQuery(query, 10, 1, true)).hits();
        } catch (InvalidQueryException e) {
            return List.of();
        }
    }

    /** Every file name a hit stands for: its own and its listed copies'. */
    static Set<String> names(SearchHit hit) {
        Set<String> names = new LinkedHashSet<>();
        names.add(SearchJudgements.fileName(hit.path()));
        hit.copies().forEach(c -> names.add(SearchJudgements.fileName(c)));
        return names;
    }

    static double ndcg(List<SearchHit> hits, Map<String, Integer> grades) {
        Set<String> seen = new HashSet<>();
        double dcg = 0;
        for (int i = 0; i < Math.min(10, hits.size()); i++) {
            Set<String> fresh = names(hits.get(i));
            fresh.removeAll(seen);
            int gain = fresh.stream().mapToInt(n -> grades.getOrDefault(n, 0)).max().orElse(0);
            seen.addAll(fresh);
            dcg += gain / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).limit(10).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static String ranking(List<SearchHit> hits, Map<String, Integer> grades) {
        StringBuilder out = new StringBuilder();
        Set<String> found = new HashSet<>();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            Set<String> names = names(h);
            found.addAll(names);
            int gain = names.stream().mapToInt(n -> grades.getOrDefault(n, 0)).max().orElse(0);
            out.append(String.format(Locale.ROOT, "      %2d g%d %6.2f %s  [%s]%n", i + 1, gain, h.score(), h.path(),
                    h.matched()));
        }
        grades.forEach((name, grade) -> {
            if (!found.contains(name)) {
                out.append(String.format(Locale.ROOT, "       - g%d not in the top 10: %s%n", grade, name));
            }
        });
        return out.toString();
    }

    private static void speed(Digests digests, List<String> queries, int runs, int rounds) throws Exception {
        var status = digests.status();
        System.out.printf(Locale.ROOT, "%nspeed: %d articles (%d on topic); %d queries x on topic/all topics x pages 1-2, "
                + "%d rounds per run, after 3 warm-up rounds%n", status.articles(), status.relevant(), queries.size(), rounds);
        for (int r = 0; r < 3; r++) {
            round(digests, queries, new ArrayList<>());
        }
        java.util.Map<String, List<Double>> byQuery = new java.util.LinkedHashMap<>();
        double[] p50 = new double[runs];
        double[] p99 = new double[runs];
        double[] max = new double[runs];
        for (int run = 0; run < runs; run++) {
            List<Double> ms = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                int from = ms.size();
                round(digests, queries, ms);
                for (int i = from; i < ms.size(); i++) {
                    int k = (i - from) / 4;
                    String v = queries.get(k) + ((i - from) % 4 >= 2 ? "  [all topics]" : "  [on topic]");
                    byQuery.computeIfAbsent(v, x -> new ArrayList<>()).add(ms.get(i));
                }
            }
            double[] xs = ms.stream().mapToDouble(Double::doubleValue).toArray();
            p50[run] = Stats.percentile(xs, 50);
            p99[run] = Stats.percentile(xs, 99);
            max[run] = Stats.percentile(xs, 100);
            System.out.printf(Locale.ROOT, "run %d: %d searches, p50 %.1f ms, p99 %.1f ms, max %.1f ms (load average %.2f)%n",
                    run + 1, xs.length, p50[run], p99[run], max[run],
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        System.out.println("slowest queries (median of their searches):");
        byQuery.entrySet().stream()
                .sorted((a, b) -> Double.compare(median(b.getValue()), median(a.getValue()))).limit(8)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %7.1f ms  %s%n", median(e.getValue()), e.getKey()));
        System.out.printf(Locale.ROOT, "median of %d runs: p50 %.1f ms, p99 %.1f ms, max %.1f ms; targets p50 <= 10 ms: %s, "
                        + "p99 <= 50 ms: %s%n", runs, Stats.median(p50), Stats.median(p99), Stats.median(max),
                Stats.median(p50) <= 10 ? "yes" : "NO", Stats.median(p99) <= 50 ? "yes" : "NO");
    }

    /**
     * Searches no page kept by an earlier one can answer: each run {@code n} names of the topic and glossary, each
     * searched once (on topic, page 1), after the mixed set warmed the JIT; wall and thread CPU per search.
     */
    private static void distinct(Digests digests, List<String> mix, int runs, int n) throws Exception {
        for (int r = 0; r < 3; r++) {
            round(digests, mix, new ArrayList<>());
        }
        List<String> fresh = FreshQueries.of(digests, runs * n, mix);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%ndistinct: %d names per run, each searched once, on topic, page 1%n", n);
        double[] p50 = new double[runs];
        double[] p99 = new double[runs];
        double[] cpu = new double[runs];
        java.util.Map<String, Double> slowest = new java.util.HashMap<>();
        for (int run = 0; run < runs; run++) {
            double[] wall = new double[n];
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                try {
                    SearchResults ignored = digests.search(SearchQuery.of(fresh.get(run * n + i)));
                } catch (InvalidQueryException e) {
                    // timed like an answer
                }
                wall[i] = (System.nanoTime() - t) / 1e6;
                slowest.put(fresh.get(run * n + i), wall[i]);
            }
            cpu[run] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / n;
            p50[run] = Stats.percentile(wall, 50);
            p99[run] = Stats.percentile(wall, 99);
            System.out.printf(Locale.ROOT, "run %d: p50 %.1f ms, p99 %.1f ms, thread CPU %.1f ms a search (load average %.2f)%n",
                    run + 1, p50[run], p99[run], cpu[run],
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        System.out.println("slowest distinct names:");
        slowest.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(8)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %7.1f ms  %s%n", e.getValue(), e.getKey()));
        System.out.printf(Locale.ROOT, "distinct, median of %d runs: p50 %.1f ms, p99 %.1f ms, thread CPU %.1f ms a search%n",
                runs, Stats.median(p50), Stats.median(p99), Stats.median(cpu));
    }

    static void round(Digests digests, List<String> queries, List<Double> ms) throws Exception {
        for (String q : queries) {
            for (int v = 0; v < 4; v++) {
                long t = System.nanoTime();
                try {
                    SearchResults ignored = digests.search(new SearchQuery(q, 10, 1 + v % 2, v >= 2));
                } catch (InvalidQueryException e) {
                    // a query the set keeps on purpose; its rejection is timed like an answer
                }
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
    }

    private static double median(List<Double> xs) {
        return Stats.median(xs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
