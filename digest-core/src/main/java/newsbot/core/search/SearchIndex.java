package newsbot.core.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the FTS5 table {@code article_search} in step with the articles (on PostgreSQL: its {@code tsvector} rows,
 * {@link TsVector}). Works inside the
 * caller's connection and transaction; it opens, commits and closes nothing.
 *
 * <p>Call {@link #index} when an article is added or its text changes and {@link #remove} when it
 * is removed. Searches skip removed articles anyway, so a missed remove hides nothing wrong.
 *
 * <p>FTS5 buffers new terms in memory, and writes them to disk as an index segment whenever any
 * statement of the transaction opens a savepoint, which every write that checks a foreign key or
 * resolves a conflict does. Written between such statements, each article became a segment of its
 * own and later merges cost most of an ingest. A bulk writer therefore {@link #stage}s its writes
 * and {@link #flush}es them with one statement per index just before it commits.
 */
public final class SearchIndex {

    /** Every article. */
    static final String ALL = "article_search";
    /** On-topic articles only: what default searches read. */
    static final String RELEVANT = "relevant_search";
    private static final String UPSERT = "INSERT OR REPLACE INTO %s (rowid, title, body) VALUES (?, ?, ?)";
    private static final String DELETE = "DELETE FROM %s WHERE rowid = ?";
    private static final String STAGING = """
            CREATE TEMP TABLE IF NOT EXISTS search_staging (
                id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,
                relevant INTEGER NOT NULL, fresh INTEGER NOT NULL)""";

    private static final String PG_UPSERT = "INSERT INTO %s (id, doc, terms) VALUES (?, ?::tsvector, ?)"
            + " ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, terms = excluded.terms";
    private static final String PG_DELETE = "DELETE FROM %s WHERE id = ?";

    private final Connection connection;
    private final TextAnalyzer analyzer;
    /** PostgreSQL writes each row as it comes: no FTS5 segments to save. */
    private final boolean postgres;
    /** The insert into the staging table, once something was staged; closed with the connection. */
    private PreparedStatement staged;

    public SearchIndex(Connection connection) {
        this(connection, new TextAnalyzer());
    }

    SearchIndex(Connection connection, TextAnalyzer analyzer) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.analyzer = analyzer;
        this.postgres = onPostgres(connection);
    }

    /** Whether {@code connection} is PostgreSQL's (else SQLite's): the index is FTS5 on one, tsvector on the other. */
    static boolean onPostgres(Connection connection) {
        try {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Indexes (or re-indexes) one article.
     *
     * @param title every title the article has (article title, section titles), weighted above the body
     * @param body  the clean text of all sections; separate sections with a blank line
     */
    public void index(long articleId, String title, String body) throws SQLException {
        write(articleId, analyze(title, body));
    }

    /**
     * The analysis half of {@link #index}: thread-safe and about a fifth of its cost, so an ingest
     * can run it on its parsing threads and keep the single writer for {@link #write}.
     */
    public IndexEntry analyze(String title, String body) {
        return new IndexEntry(analyzer.indexText(title), analyzer.indexText(body));
    }

    /** The writing half of {@link #index}, for an article whose topic relevance is not known. */
    public void write(long articleId, IndexEntry entry) throws SQLException {
        write(articleId, entry, true);
    }

    /** The writing half of {@link #index}: into the index of all articles, and of on-topic ones when relevant. */
    public void write(long articleId, IndexEntry entry, boolean relevant) throws SQLException {
        upsert(ALL, articleId, entry);
        if (relevant) {
            upsert(RELEVANT, articleId, entry);
        } else {
            delete(RELEVANT, articleId);
        }
    }

    /**
     * Queues the writing half of {@link #index} until {@link #flush}, in the caller's transaction.
     *
     * @param fresh true for an article id never indexed before, whose old rows need no deleting
     */
    public void stage(long articleId, IndexEntry entry, boolean relevant, boolean fresh) throws SQLException {
        if (postgres) {
            write(articleId, entry, relevant);
            return;
        }
        if (staged == null) { // once per transaction: the writer stages every article it stores
            try (Statement st = connection.createStatement()) {
                st.execute(STAGING);
            }
            staged = connection.prepareStatement(
                    "INSERT OR REPLACE INTO temp.search_staging (id, title, body, relevant, fresh) VALUES (?, ?, ?, ?, ?)");
        }
        staged.setLong(1, articleId);
        staged.setString(2, entry.titleTerms());
        staged.setString(3, entry.bodyTerms());
        staged.setInt(4, relevant ? 1 : 0);
        staged.setInt(5, fresh ? 1 : 0);
        staged.executeUpdate();
    }

    /** Writes what {@link #stage} queued: one statement per index, so FTS5 makes one segment of them all. */
    public void flush() throws SQLException {
        if (staged == null) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            for (String table : List.of(ALL, RELEVANT)) {
                st.executeUpdate("DELETE FROM " + table
                        + " WHERE rowid IN (SELECT id FROM temp.search_staging WHERE fresh = 0)");
            }
            st.executeUpdate("INSERT INTO " + ALL
                    + " (rowid, title, body) SELECT id, title, body FROM temp.search_staging ORDER BY id");
            st.executeUpdate("INSERT INTO " + RELEVANT
                    + " (rowid, title, body) SELECT id, title, body FROM temp.search_staging WHERE relevant = 1 ORDER BY id");
            st.executeUpdate("DELETE FROM temp.search_staging");
        }
    }

    /** Moves an article into or out of the on-topic index when its relevance changed. */
    public void setRelevant(long articleId, IndexEntry entry, boolean relevant) throws SQLException {
        if (relevant) {
            upsert(RELEVANT, articleId, entry);
        } else {
            delete(RELEVANT, articleId);
        }
    }

    /** Drops an article from the indexes, and from what is staged; nothing happens when it is not there. */
    public void remove(long articleId) throws SQLException {
        if (staged != null) {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM temp.search_staging WHERE id = ?")) {
                ps.setLong(1, articleId);
                ps.executeUpdate();
            }
        }
        delete(ALL, articleId);
        delete(RELEVANT, articleId);
    }

    private void upsert(String table, long articleId, IndexEntry entry) throws SQLException {
        if (postgres) {
            try (PreparedStatement upsert = connection.prepareStatement(PG_UPSERT.formatted(table))) {
                upsert.setLong(1, articleId);
                upsert.setString(2, TsVector.of(entry));
                upsert.setInt(3, TsVector.size(entry));
                upsert.executeUpdate();
            }
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT.formatted(table))) {
            upsert.setLong(1, articleId);
            upsert.setString(2, entry.titleTerms());
            upsert.setString(3, entry.bodyTerms());
            upsert.executeUpdate();
        }
    }

    private void delete(String table, long articleId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement((postgres ? PG_DELETE : DELETE).formatted(table))) {
            delete.setLong(1, articleId);
            delete.executeUpdate();
        }
    }

    /**
     * Empties the index and indexes every article not removed from what the store holds:
     * its title and section titles as the title, its section bodies as the body.
     *
     * @return how many articles were indexed
     */
    public int rebuild() throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String table : List.of(ALL, RELEVANT)) {
                st.executeUpdate(postgres ? "DELETE FROM " + table
                        : "INSERT INTO " + table + " (" + table + ") VALUES ('delete-all')");
            }
        }
        String sql = """
                SELECT a.id, a.title, s.title, s.body
                FROM articles a LEFT JOIN article_sections s ON s.article_id = a.id
                WHERE a.removed_at IS NULL
                ORDER BY a.id, s.ordinal""";
        int count = 0;
        try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            long current = -1;
            StoredText text = null;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id != current) {
                    if (text != null) {
                        index(current, text.title(), text.body());
                        count++;
                    }
                    current = id;
                    text = new StoredText(rs.getString(2));
                }
                text.addSection(rs.getString(3), rs.getString(4));
            }
            if (text != null) {
                index(current, text.title(), text.body());
                count++;
            }
        }
        return count;
    }

    /** Collects an article's titles and section bodies as the store holds them. */
    private static final class StoredText {
        private final List<String> titles = new ArrayList<>();
        private final StringBuilder body = new StringBuilder();

        StoredText(String title) {
            titles.add(title);
        }

        void addSection(String title, String text) {
            if (title != null && !titles.contains(title)) {
                titles.add(title);
            }
            if (text != null) {
                body.append(text).append("\n\n");
            }
        }

        String title() {
            return String.join("\n", titles);
        }

        String body() {
            return body.toString();
        }
    }
}
