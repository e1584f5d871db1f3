package newsbot.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsbot.core.Digests;
import newsbot.core.ingest.IngestListener;
import newsbot.core.ingest.IngestOptions;
import newsbot.core.ingest.IngestReport;
import newsbot.core.search.SearchHit;
import newsbot.core.store.DatabaseLocation;

/**
 * PostgreSQL next to SQLite on the same corpus, in one run: cold ingest into each (alternating which goes first),
 * then search quality on both — nDCG@10 per engine on the judged sets (the {@code --labels} file, then the bench's
 * own sets) and how far PostgreSQL's top 10 agree with SQLite's — then search speed on both, interleaved.
 *
 * <pre>java -Xmx2g -jar bench/target/newsbot-bench.jar postgres /tmp/corpus --pg 'jdbc:postgresql://HOST:PORT/DB?user=U'
 *     [--labels ../shared/eval-dev/search.tsv] [--runs 3] [--rounds 5] [--work DIR] [--topic FILE] [--show]
 *     [--no-ingest] [--no-speed]</pre>
 * {@code --pg}: a database the bench may empty (password from {@code NEWSBOT_DB_PASSWORD}). It refuses one holding
 * tables it did not make itself, and leaves the last ingest there. {@code --show} prints both rankings of every
 * query whose top 10 differ. {@code --no-ingest} measures search on what the last run left; {@code --no-speed}
 * measures quality alone.
 */
final class PostgresBench {
    /** An empty schema by which the bench knows a database it filled before and may empty again. */
    private static final String MARK = "newsbot_bench_scratch";

    private PostgresBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        String pg = null;
        Path labels = null;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "newsbot-postgres-bench");
        Path topic = Path.of("config", "topics", "us-china-military.yml");
        int runs = 3;
        int rounds = 5;
        boolean show = false;
        boolean ingest = true;
        boolean speed = true;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--pg" -> pg = args[++i];
                case "--labels" -> labels = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--topic" -> topic = Path.of(args[++i]);
                case "--show" -> show = true;
                case "--no-ingest" -> ingest = false;
                case "--no-speed" -> speed = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (pg == null) {
            throw new IllegalArgumentException("--pg JDBC_URL is required (a database the bench may empty)");
        }
        if (!(DatabaseLocation.parse(pg, Path.of("")) instanceof DatabaseLocation.Server server)) {
            throw new IllegalArgumentException("--pg takes a jdbc:postgresql:// URL, not a file");
        }
        Files.createDirectories(work);
        Path sqlite = work.resolve("sqlite.db");

        if (ingest) {
            empty(server.url()); // refuses a database that is not the bench's before anything is measured
            ingest(corpus, sqlite, server, topic, runs);
        }
        List<SearchJudgements> sets = new ArrayList<>();
        if (labels != null) {
            sets.add(SearchJudgements.read(labels));
        }
        sets.addAll(SearchJudgements.bundled());
        try (Digests a = Digests.open(new DatabaseLocation.SqliteFile(sqlite), topic, Clock.systemUTC());
             Digests b = Digests.open(server, topic, Clock.systemUTC())) {
            System.out.println("\nsearch quality, all topics, copies counted once: nDCG@10 SQLite / PostgreSQL,"
                    + " and the share of SQLite's top 10 that PostgreSQL's top 10 holds");
            for (SearchJudgements set : sets) {
                compare(a, b, set, show);
            }
            Set<String> mix = new LinkedHashSet<>();
            sets.forEach(s -> mix.addAll(s.queries().keySet()));
            mix.addAll(SearchBench.COMMON);
            if (speed) {
                speed(a, b, List.copyOf(mix), runs, rounds);
            }
        }
    }

    /** Cold ingests into each engine, alternating which goes first; the last run's databases stay. */
    private static void ingest(Path corpus, Path sqlite, DatabaseLocation.Server server, Path topic, int runs)
            throws Exception {
        System.out.printf(Locale.ROOT, "cold ingest of %s, %d runs each, alternating which engine goes first%n", corpus, runs);
        double[] lite = new double[runs];
        double[] post = new double[runs];
        for (int r = 0; r < runs; r++) {
            boolean sqliteFirst = r % 2 == 0;
            for (int k = 0; k < 2; k++) {
                if ((k == 0) == sqliteFirst) {
                    deleteSqlite(sqlite);
                    lite[r] = ingestMillis(new DatabaseLocation.SqliteFile(sqlite), topic, corpus, "SQLite", r);
                } else {
                    empty(server.url());
                    post[r] = ingestMillis(server, topic, corpus, "PostgreSQL", r);
                }
            }
        }
        System.out.printf(Locale.ROOT, "cold ingest medians: SQLite %.0f ms, PostgreSQL %.0f ms: PostgreSQL/SQLite %.2f×"
                + " (per run: %s)%n", Stats.median(lite), Stats.median(post), Stats.median(post) / Stats.median(lite),
                ratios(post, lite));
    }

    private static double ingestMillis(DatabaseLocation db, Path topic, Path corpus, String engine, int run)
            throws Exception {
        try (Digests digests = Digests.open(db, topic, Clock.systemUTC())) {
            long t0 = System.nanoTime();
            IngestReport report = digests.ingest(corpus, IngestOptions.defaults(), IngestListener.NONE);
            double ms = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "  run %d %-10s %6.0f ms, %d files, %.0f files/s (load average %.2f)%n",
                    run + 1, engine, ms, report.scanned(), report.scanned() / (ms / 1000), load());
            return ms;
        }
    }

    private static void compare(Digests sqlite, Digests pg, SearchJudgements set, boolean show) throws Exception {
        List<Double> ndcgA = new ArrayList<>();
        List<Double> ndcgB = new ArrayList<>();
        List<Double> overlaps = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, Map<String, Integer>> q : set.queries().entrySet()) {
            List<SearchHit> a = SearchBench.hits(sqlite, q.getKey());
            List<SearchHit> b = SearchBench.hits(pg, q.getKey());
            double overlap = overlap(a, b);
            overlaps.add(overlap);
            Map<String, Integer> grades = q.getValue();
            String quality;
            if (grades.isEmpty()) {
                quality = String.format(Locale.ROOT, "must find nothing: %d / %d found", a.size(), b.size());
            } else {
                double x = SearchBench.ndcg(a, grades);
                double y = SearchBench.ndcg(b, grades);
                ndcgA.add(x);
                ndcgB.add(y);
                quality = String.format(Locale.ROOT, "nDCG@10 %.2f / %.2f", x, y);
            }
            lines.append(String.format(Locale.ROOT, "  %-36s %s, overlap %.2f%n", q.getKey(), quality, overlap));
            if (show && overlap < 1) {
                lines.append("    SQLite:\n").append(SearchBench.ranking(a, grades))
                        .append("    PostgreSQL:\n").append(SearchBench.ranking(b, grades));
            }
        }
        long below = overlaps.stream().filter(o -> o < 0.9).count();
        System.out.printf(Locale.ROOT, "%s: nDCG@10 SQLite %.3f, PostgreSQL %.3f (difference %+.3f, %d queries);"
                        + " top-10 overlap mean %.3f, min %.2f, %d of %d queries below 0.90%n", set.name(),
                mean(ndcgA), mean(ndcgB), mean(ndcgB) - mean(ndcgA), ndcgA.size(), mean(overlaps),
                overlaps.stream().mapToDouble(Double::doubleValue).min().orElse(1), below, overlaps.size());
        System.out.print(lines);
    }

    /**
     * The share of SQLite's top 10 that PostgreSQL's top 10 also holds (a result matches when the two share a file,
     * its copies included), over the longer of the two lists; 1 when both find nothing.
     */
    static double overlap(List<SearchHit> a, List<SearchHit> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int shared = 0;
        for (SearchHit x : a) {
            Set<String> names = SearchBench.names(x);
            if (b.stream().anyMatch(y -> SearchBench.names(y).stream().anyMatch(names::contains))) {
                shared++;
            }
        }
        return (double) shared / Math.max(a.size(), b.size());
    }

    private static void speed(Digests sqlite, Digests pg, List<String> queries, int runs, int rounds) throws Exception {
        System.out.printf(Locale.ROOT, "%nsearch speed: %d queries x on topic/all topics x pages 1-2, %d rounds per run"
                + " and engine, engines alternating, after 3 warm-up rounds each%n", queries.size(), rounds);
        for (int r = 0; r < 3; r++) {
            SearchBench.round(sqlite, queries, new ArrayList<>());
            SearchBench.round(pg, queries, new ArrayList<>());
        }
        double[][] p50 = new double[2][runs];
        double[][] p99 = new double[2][runs];
        for (int run = 0; run < runs; run++) {
            List<List<Double>> ms = List.of(new ArrayList<>(), new ArrayList<>());
            for (int r = 0; r < rounds; r++) {
                SearchBench.round(sqlite, queries, ms.get(0));
                SearchBench.round(pg, queries, ms.get(1));
            }
            for (int e = 0; e < 2; e++) {
                double[] xs = ms.get(e).stream().mapToDouble(Double::doubleValue).toArray();
                p50[e][run] = Stats.percentile(xs, 50);
                p99[e][run] = Stats.percentile(xs, 99);
            }
            System.out.printf(Locale.ROOT, "  run %d: SQLite p50 %.1f ms, p99 %.1f ms; PostgreSQL p50 %.1f ms, p99 %.1f ms"
                    + " (load average %.2f)%n", run + 1, p50[0][run], p99[0][run], p50[1][run], p99[1][run], load());
        }
        System.out.printf(Locale.ROOT, "search medians of %d runs: SQLite p50 %.1f ms, p99 %.1f ms; PostgreSQL p50 %.1f ms,"
                        + " p99 %.1f ms: PostgreSQL/SQLite p50 %.2f×, p99 %.2f×%n", runs, Stats.median(p50[0]),
                Stats.median(p99[0]), Stats.median(p50[1]), Stats.median(p99[1]),
                Stats.median(p50[1]) / Stats.median(p50[0]), Stats.median(p99[1]) / Stats.median(p99[0]));
    }

    /** Drops everything in the public schema, once the database is known to be empty or the bench's own. */
    private static void empty(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "", password()); Statement st = c.createStatement()) {
            boolean ours;
            boolean anything;
            try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_schema = 'public'), (SELECT count(*) FROM information_schema.schemata"
                    + " WHERE schema_name = '" + MARK + "')")) {
                rs.next();
                anything = rs.getLong(1) > 0;
                ours = rs.getLong(2) > 0;
            }
            if (anything && !ours) {
                throw new IllegalArgumentException("--pg: the database holds tables the bench did not make; give it an"
                        + " empty database");
            }
            st.execute("DROP SCHEMA public CASCADE");
            st.execute("CREATE SCHEMA public");
            st.execute("CREATE SCHEMA IF NOT EXISTS " + MARK);
        }
    }
    private static String password() {
        String p = System.getenv(DatabaseLocation.PASSWORD_VARIABLE);
        return p == null ? "" : p;
    }

    private static void deleteSqlite(Path db) throws java.io.IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }

    private static String ratios(double[] a, double[] b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f×", a[i] / b[i]));
        }
        return sb.toString();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
