package newsbot.core.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newsbot.core.parse.ArticleParser;
import newsbot.core.store.ArticleListing;
import newsbot.core.store.Database;
import newsbot.core.store.SqliteArticleStore;
import newsbot.core.store.StoreException;
import newsbot.core.store.pg.TestDatabases;
import newsbot.core.topic.RelevanceAssessor;
import newsbot.core.topic.Topic;

/** An article folder and a database in a temp dir, with the real parser counting its calls; close it after the test. */
final class IngestFixture implements AutoCloseable {
    final Path folder;
    final Database db;
    final SqliteArticleStore store;
    final AtomicInteger parses = new AtomicInteger();
    private final ArticleParser parser = new ArticleParser();
    private long nextMtime = 1_700_000_000_000L;
    IngestOptions options = new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES, 2);
    /** The time the next scan runs at. */
    Instant now = Instant.parse("2026-11-23T08:00:00Z");

    static final Path TOPIC = Path.of("..", "config", "topics", "us-china-military.yml");
    final RelevanceAssessor assessor;

    IngestFixture(Path tmp) throws Exception {
        this.folder = Files.createDirectories(tmp.resolve("articles"));
        this.db = Database.open(TestDatabases.fresh(tmp.resolve("db").resolve("newsbot.db")));
        this.store = new SqliteArticleStore(db);
        this.assessor = RelevanceAssessor.of(Topic.load(TOPIC), "test");
    }

    static String markdown(String title, String body) {
        return "# " + title + "\n\n" + body + "\n";
    }

    Path write(String relative, String content) throws IOException {
        return write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file with a distinct, increasing modification time, as a real editor would. */
    Path write(String relative, byte[] content) throws IOException {
        Path p = folder.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        Files.setLastModifiedTime(p, FileTime.fromMillis(nextMtime += 60_000));
        return p;
    }

    IngestReport ingest() throws Exception {
        return ingest((path, bytes) -> {
            parses.incrementAndGet();
            return parser.parse(path, bytes);
        });
    }

    IngestReport ingest(ArticleFileParser p) throws Exception {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new Ingester(store, p, assessor, clock).ingest(folder, options, IngestListener.NONE);
    }

    List<ArticleListing> served() throws StoreException {
        return store.listArticles();
    }

    List<String> servedTitles() throws StoreException {
        return served().stream().map(ArticleListing::title).sorted().toList();
    }

    long count(String sql) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<String> strings(String sql) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
