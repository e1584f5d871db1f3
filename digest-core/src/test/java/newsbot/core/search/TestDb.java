package newsbot.core.search;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import newsbot.core.store.Database;
import newsbot.core.store.StoreException;
import newsbot.core.store.pg.TestDatabases;
import org.flywaydb.core.Flyway;

/** A migrated SQLite file and a way to add articles. */
final class TestDb implements AutoCloseable {

    private final Connection connection;
    private final SearchIndex index;
    private final Database db;
    private final String url;
    private int next = 1;

    TestDb(Path dir) throws SQLException {
        if (TestDatabases.onPostgres()) {
            try {
                db = Database.open(TestDatabases.fresh(dir.resolve("newsbot.db")));
            } catch (StoreException e) {
                throw new SQLException(e.getMessage(), e);
            }
            connection = db.connect();
            index = new SearchIndex(connection);
            url = null;
            return;
        }
        db = null;
        url = "jdbc:sqlite:" + dir.resolve("newsbot.db");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        connection = DriverManager.getConnection(url);
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA synchronous = OFF"); // tests need no durability, and fsyncs make them slow
        }
        index = new SearchIndex(connection);
    }

    Connection connection() {
        return connection;
    }

    /** Another connection to the same database, for another thread; the caller closes it. */
    Connection another() throws SQLException {
        return db != null ? db.connect() : DriverManager.getConnection(url);
    }

    SearchIndex index() {
        return index;
    }

    /** Adds a relevant article with one section, newer than every article before it, and indexes it. */
    long add(String title, String body) throws SQLException {
        return add(new Fixture(title, body));
    }

    long add(Fixture f) throws SQLException {
        long id = next++;
        try (PreparedStatement st = connection.prepareStatement("""
                INSERT INTO articles (id, content_hash, seq, format, title, url, outlet, published, sort_time,
                                      languages, first_seen, last_seen, relevant)
                VALUES (?, ?, ?, 'plain-markdown', ?, ?, ?, ?, ?, ?, '2024-05-01T00:00:00Z', '2024-05-01T00:00:00Z', ?)""")) {
            st.setLong(1, id);
            st.setString(2, "hash-" + id);
            st.setLong(3, id);
            st.setString(4, f.title());
            st.setString(5, "https://example.com/" + id);
            st.setString(6, "Example News");
            st.setString(7, "2024-05-01T08:00:00+08:00");
            st.setLong(8, f.sortTime() == 0 ? 1_700_000_000_000L + id * 1000 : f.sortTime());
            st.setString(9, "zh");
            st.setInt(10, f.relevant() ? 1 : 0);
            st.executeUpdate();
        }
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO article_sections (article_id, ordinal, language, title, body) VALUES (?, 0, 'zh', ?, ?)")) {
            st.setLong(1, id);
            st.setString(2, f.title());
            st.setString(3, f.body());
            st.executeUpdate();
        }
        addFile(id, "articles/" + id + ".md", false);
        index.index(id, f.title(), f.body());
        return id;
    }

    /** Ids of all articles matching one indexed term, by bm25 alone (title weighted as search weights it), best first. */
    java.util.List<Long> bm25Order(String term) throws SQLException {
        // bm25 is FTS5's; PostgreSQL ranks by ts_rank, so a test of what bm25 alone would do is SQLite's
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabases.onPostgres(), "bm25 order is SQLite's");
        java.util.List<Long> ids = new java.util.ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT rowid FROM " + SearchIndex.ALL + " WHERE "
                + SearchIndex.ALL + " MATCH ? ORDER BY bm25(" + SearchIndex.ALL + ", "
                + SearchEngine.TITLE_WEIGHT + ", " + SearchEngine.BODY_WEIGHT + ")")) {
            st.setString(1, "\"" + term + "\"");
            try (java.sql.ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    void addFile(long articleId, String path, boolean duplicate) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("""
                INSERT INTO article_files (path, article_id, size, mtime, content_hash, duplicate, first_seen, last_seen)
                VALUES (?, ?, 1, 1, 'h', ?, 'x', 'x')""")) {
            st.setString(1, path);
            st.setLong(2, articleId);
            st.setInt(3, duplicate ? 1 : 0);
            st.executeUpdate();
        }
    }

    /** Makes {@code copyId} a near-copy of {@code originalId}, as story grouping does. */
    void markCopy(long copyId, long originalId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("UPDATE articles SET canonical_id = ? WHERE id = ?")) {
            st.setLong(1, originalId);
            st.setLong(2, copyId);
            st.executeUpdate();
        }
    }

    void markRemoved(long articleId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "UPDATE articles SET removed_at = '2024-06-01T00:00:00Z' WHERE id = ?")) {
            st.setLong(1, articleId);
            st.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        if (db != null) {
            db.close();
        }
    }

    /** An article to add; sortTime 0 means "after the previous one". */
    record Fixture(String title, String body, boolean relevant, long sortTime) {
        Fixture(String title, String body) {
            this(title, body, true, 0);
        }

        Fixture notRelevant() {
            return new Fixture(title, body, false, sortTime);
        }

        Fixture at(long millis) {
            return new Fixture(title, body, relevant, millis);
        }
    }
}
