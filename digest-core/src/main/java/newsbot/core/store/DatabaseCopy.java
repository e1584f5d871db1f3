package newsbot.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsbot.core.parse.Section;
import newsbot.core.search.ArticleTerms;
import newsbot.core.search.SearchIndex;

/**
 * Copies a whole database into an empty one of another engine (SQLite to PostgreSQL): articles with their files,
 * sections and relevance, events with their aliases, subscriptions, watermarks, sent sentences, the outbox, handled
 * requests and counters, ids kept, in one transaction of the target. The full-text index is made afresh from the
 * stored text (FTS5's contentless index cannot be read back). Nothing is re-ingested, nothing is sent again.
 */
public final class DatabaseCopy {
    /** In the order foreign keys allow; events by id, as a merged event points at an older one. */
    private static final List<String> TABLES = List.of("events", "articles", "article_sections", "article_files",
            "rejected_files", "subscriptions", "watermarks", "outbox", "outbox_parts", "sent_sentences",
            "seen_requests");
    /** Tables whose rows the target's own migration made, overwritten by the source's. */
    private static final List<String> SETTINGS = List.of("counters", "meta");
    /** Tables whose ids the target hands out itself from now on: its sequence goes past the copied ones. */
    private static final List<String> IDENTITIES = List.of("articles", "events", "outbox");
    private static final int BATCH = 500;

    private DatabaseCopy() {
    }

    /** Rows copied, by table, plus "search" for the articles indexed. */
    public static Map<String, Integer> copy(Database from, Database to) throws StoreException {
        if (to.dialect() != Dialect.POSTGRESQL) {
            throw new StoreException("migrate copies into PostgreSQL: " + to + " is not a jdbc:postgresql:// database");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection in = from.connect(); Connection out = to.connect()) {
            refuseNonEmpty(out, to);
            out.setAutoCommit(false);
            try {
                for (String table : TABLES) {
                    counts.put(table, copyTable(in, out, table));
                }
                for (String table : SETTINGS) {
                    try (Statement st = out.createStatement()) {
                        st.executeUpdate("DELETE FROM " + table);
                    }
                    copyTable(in, out, table);
                }
                for (String table : IDENTITIES) {
                    try (Statement st = out.createStatement()) {
                        st.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'),"
                                + " (SELECT coalesce(max(id), 0) + 1 FROM " + table + "), false)");
                    }
                }
                counts.put("search", index(out));
                out.commit();
            } catch (SQLException | RuntimeException e) {
                out.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("copying " + from + " into " + to + " failed: " + e.getMessage(), e);
        }
        return counts;
    }

    private static void refuseNonEmpty(Connection out, Database to) throws SQLException, StoreException {
        for (String table : List.of("articles", "events", "subscriptions", "outbox", "rejected_files")) {
            try (Statement st = out.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new StoreException(to + " is not empty (" + rs.getLong(1) + " rows in " + table
                            + "): migrate copies into an empty database only, and changes nothing here");
                }
            }
        }
    }

    private static int copyTable(Connection in, Connection out, String table) throws SQLException {
        List<String> columns = columns(out, table);
        String list = String.join(", ", columns);
        String order = table.equals("events") || table.equals("articles") || table.equals("outbox") ? " ORDER BY id" : "";
        int count = 0;
        try (Statement read = in.createStatement();
             ResultSet rs = read.executeQuery("SELECT " + list + " FROM " + table + order);
             PreparedStatement write = out.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES ("
                     + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")")) {
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    write.setObject(i, rs.getObject(i));
                }
                write.addBatch();
                if (++count % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return count;
    }

    /** The target's columns of a table, which the source has too (both at the same schema). */
    private static List<String> columns(Connection out, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = out.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        if (columns.isEmpty()) {
            throw new SQLException("the target has no table " + table);
        }
        return columns;
    }

    /** Indexes every served article, the on-topic ones in the on-topic index too. */
    private static int index(Connection out) throws SQLException {
        SearchIndex index = new SearchIndex(out);
        ArticleTerms terms = new ArticleTerms();
        Map<Long, String> titles = new LinkedHashMap<>();
        Map<Long, Boolean> relevant = new LinkedHashMap<>();
        Map<Long, List<Section>> sections = new LinkedHashMap<>();
        try (Statement st = out.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT a.id, a.title, a.relevant, s.language, s.title, s.body FROM articles a
                JOIN article_sections s ON s.article_id = a.id
                WHERE a.removed_at IS NULL ORDER BY a.id, s.ordinal""")) {
            while (rs.next()) {
                titles.put(rs.getLong(1), rs.getString(2));
                relevant.put(rs.getLong(1), rs.getBoolean(3));
                sections.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Section(rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        for (Map.Entry<Long, List<Section>> e : sections.entrySet()) {
            index.write(e.getKey(), terms.of(titles.get(e.getKey()), e.getValue()), relevant.get(e.getKey()));
        }
        return sections.size();
    }
}
