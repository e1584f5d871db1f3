package newsbot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import newsbot.core.search.AliasExpander;
import newsbot.core.search.InvalidQueryException;
import newsbot.core.search.SearchEngine;
import newsbot.core.search.SearchIndex;
import newsbot.core.search.SearchQuery;
import newsbot.core.search.SearchResults;
import org.flywaydb.core.Flyway;

/**
 * Indexes a corpus folder N times over (each copy a distinct article) and times a mixed query set.
 * Usage: SearchBench CORPUS_DIR DB_FILE [COPIES=10]. Files are read crudely: "# title" first line, then body.
 */
public final class SearchBench {

    private static final List<List<String>> ENTITIES = List.of(
            List.of("Lloyd Austin", "Austin", "奥斯汀", "劳埃德·奥斯汀"),
            List.of("Dong Jun", "董军"),
            List.of("Shangri-La Dialogue", "香格里拉对话", "香会"),
            List.of("Pentagon", "五角大楼"),
            List.of("South China Sea", "南海"));

    private static final List<String> QUERIES = List.of(
            "董军", "防长", "两军", "美国", "中国", "台湾", "南海", "香会", "海上军事安全磋商机制",
            "中美两军", "朝鲜半岛局势", "Austin", "Dong Jun", "Pentagon", "South China Sea", "talks",
            "\"defense policy\"", "美国 -中国", "台湾 OR 南海", "奥斯汀 董军", "军事 演习 美国", "拜登 talks");

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path db = Path.of(args[1]);
        int copies = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String url = "jdbc:sqlite:" + db;
        boolean fresh = !Files.exists(db);
        if (fresh) {
            Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        }
        try (Connection c = DriverManager.getConnection(url)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = NORMAL");
                if (fresh) {
                    st.executeUpdate("ALTER TABLE articles ADD COLUMN relevant INTEGER NOT NULL DEFAULT 0");
                    st.executeUpdate("ALTER TABLE articles ADD COLUMN relevance_score REAL NOT NULL DEFAULT 0");
                }
            }
            if (fresh) {
                load(c, corpus, copies);
            }
            query(c);
        }
    }

    private static void load(Connection c, Path corpus, int copies) throws IOException, SQLException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<String[]> docs = new ArrayList<>();
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            String first = nl < 0 ? text : text.substring(0, nl);
            String title = first.startsWith("# ") ? first.substring(2).strip() : f.getFileName().toString();
            docs.add(new String[] {title, nl < 0 ? "" : text.substring(nl + 1), corpus.relativize(f).toString()});
        }
        SearchIndex index = new SearchIndex(c);
        c.setAutoCommit(false);
        long indexNanos = 0;
        long indexCpu = 0;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long chars = 0;
        long start = System.nanoTime();
        long id = 0;
        try (PreparedStatement art = c.prepareStatement("""
                INSERT INTO articles (id, content_hash, seq, format, title, sort_time, languages, first_seen, last_seen, relevant)
                VALUES (?, ?, ?, 'plain-markdown', ?, ?, 'zh', 'x', 'x', ?)""");
             PreparedStatement sec = c.prepareStatement(
                "INSERT INTO article_sections (article_id, ordinal, language, title, body) VALUES (?, 0, 'zh', ?, ?)");
             PreparedStatement file = c.prepareStatement("""
                INSERT INTO article_files (path, article_id, size, mtime, content_hash, first_seen, last_seen)
                VALUES (?, ?, 0, 0, ?, 'x', 'x')""")) {
            for (int copy = 0; copy < copies; copy++) {
                for (String[] d : docs) {
                    id++;
                    String body = d[1] + "\n\n（副本 " + copy + "）";   // varied bytes: each copy is its own article
                    art.setLong(1, id);
                    art.setString(2, "h" + id);
                    art.setLong(3, id);
                    art.setString(4, d[0]);
                    art.setLong(5, 1_600_000_000_000L + id * 60_000);
                    art.setInt(6, id % 3 == 0 ? 0 : 1);                // two thirds relevant
                    art.executeUpdate();
                    sec.setLong(1, id);
                    sec.setString(2, d[0]);
                    sec.setString(3, body);
                    sec.executeUpdate();
                    file.setString(1, copy + "/" + d[2]);
                    file.setLong(2, id);
                    file.setString(3, "h" + id);
                    file.executeUpdate();
                    long t = System.nanoTime();
                    long tc = cpu.getCurrentThreadCpuTime();
                    index.index(id, d[0], body);
                    indexCpu += cpu.getCurrentThreadCpuTime() - tc;
                    indexNanos += System.nanoTime() - t;
                    chars += d[0].length() + body.length();
                    if (id % 1000 == 0) {
                        c.commit();
                    }
                }
            }
        }
        c.commit();
        c.setAutoCommit(true);
        double total = (System.nanoTime() - start) / 1e9;
        System.out.printf("loaded %d articles (%.0f M chars) in %.1f s; index() wall %.3f ms/article, cpu %.3f ms/article%n",
                id, chars / 1e6, total, indexNanos / 1e6 / id, indexCpu / 1e6 / id);
        System.out.printf("db file %.0f MB%n", Files.size(Path.of(c.getMetaData().getURL().substring("jdbc:sqlite:".length()))) / 1e6);
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms", sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
    }

    private static void query(Connection c) throws SQLException, InvalidQueryException {
        AliasExpander gazetteer = term -> ENTITIES.stream()
                .filter(names -> names.stream().anyMatch(n -> n.equalsIgnoreCase(term.strip())))
                .findFirst().orElse(List.of());
        SearchEngine engine = new SearchEngine(gazetteer);
        for (int round = 0; round < 5; round++) {
            for (String q : QUERIES) {
                engine.search(c, SearchQuery.of(q));
            }
        }
        // Wall time suffers when other processes share the CPUs; this thread's CPU time does not.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int rounds = 20;
        List<Long> allWall = new ArrayList<>();
        List<Long> allCpu = new ArrayList<>();
        for (String q : QUERIES) {
            long[] wall = new long[rounds * 2];
            long[] cpuTimes = new long[rounds * 2];
            SearchResults last = null;
            for (int r = 0; r < rounds * 2; r++) {
                long t = System.nanoTime();
                long tc = cpu.getCurrentThreadCpuTime();
                last = engine.search(c, new SearchQuery(q, 10, 1 + r % 2, r % 4 >= 2));
                cpuTimes[r] = cpu.getCurrentThreadCpuTime() - tc;
                wall[r] = System.nanoTime() - t;
            }
            Arrays.sort(wall);
            Arrays.sort(cpuTimes);
            Arrays.stream(wall).forEach(allWall::add);
            Arrays.stream(cpuTimes).forEach(allCpu::add);
            System.out.printf("%-24s cpu p50 %6.2f max %6.2f | wall p50 %6.2f max %6.2f ms | hits %d%s%n", q,
                    cpuTimes[cpuTimes.length / 2] / 1e6, cpuTimes[cpuTimes.length - 1] / 1e6,
                    wall[wall.length / 2] / 1e6, wall[wall.length - 1] / 1e6,
                    last.hits().size(), last.hasMore() ? "+" : "");
        }
        System.out.println("ALL " + allWall.size() + " searches: cpu " + percentiles(allCpu) + " | wall " + percentiles(allWall));
        System.out.println("load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                + " on " + Runtime.getRuntime().availableProcessors() + " CPUs");
    }
}
