package newsbot.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsbot.core.parse.ParsedArticle;
import newsbot.core.parse.Section;
import newsbot.core.search.ArticleTerms;
import newsbot.core.search.SearchIndex;
import newsbot.core.topic.Relevance;

/** One SQLite transaction of ingest writes; statements are prepared once per transaction. */
final class SqliteIngestTransaction implements IngestTransaction {
    private final Connection c;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final SearchIndex search;
    private final ArticleTerms terms = new ArticleTerms();
    private boolean committed;

    SqliteIngestTransaction(Connection c) throws SQLException {
        this.c = c;
        this.search = new SearchIndex(c);
        c.setAutoCommit(false);
    }

    @Override
    public long insertArticle(NewArticle article, Instant now) throws StoreException {
        try {
            long seq = nextSeq();
            ParsedArticle p = article.parsed();
            PreparedStatement ps = statement("""
                    INSERT INTO articles (content_hash, seq, format, title, url, outlet, author, description,
                                          published, date_source, sort_time, languages, relevant, relevance_score,
                                          relevance_reasons, entities, topic_version, simhash, first_seen, last_seen,
                                          outlet_basis)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""");
            ps.setString(1, article.contentHash());
            ps.setLong(2, seq);
            bindContent(ps, 3, article);
            ps.setString(19, now.toString());
            ps.setString(20, now.toString());
            ps.setString(21, p.outletBasis().code());
            long id;
            try (var rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            insertSections(id, p.sections());
            search.stage(id, article.terms(), article.relevance().relevant(), true);
            return id;
        } catch (SQLException e) {
            throw fail("store article " + article.parsed().title(), e);
        }
    }

    @Override
    public void replaceArticle(long id, NewArticle article, Instant now) throws StoreException {
        try {
            long seq = nextSeq();
            PreparedStatement ps = statement("""
                    UPDATE articles SET content_hash = ?, seq = ?, format = ?, title = ?, url = ?, outlet = ?,
                                        author = ?, description = ?, published = ?, date_source = ?, sort_time = ?,
                                        languages = ?, relevant = ?, relevance_score = ?, relevance_reasons = ?,
                                        entities = ?, topic_version = ?, simhash = ?, last_seen = ?, outlet_basis = ?,
                                        removed_at = NULL, canonical_id = NULL
                    WHERE id = ?""");
            ps.setString(1, article.contentHash());
            ps.setLong(2, seq);
            bindContent(ps, 3, article);
            ps.setString(19, now.toString());
            ps.setString(20, article.parsed().outletBasis().code());
            ps.setLong(21, id);
            ps.executeUpdate();
            PreparedStatement del = statement("DELETE FROM article_sections WHERE article_id = ?");
            del.setLong(1, id);
            del.executeUpdate();
            insertSections(id, article.parsed().sections());
            search.stage(id, article.terms(), article.relevance().relevant(), false);
        } catch (SQLException e) {
            throw fail("update article " + id, e);
        }
    }

    @Override
    public void restoreArticle(long id, Instant now) throws StoreException {
        update("UPDATE articles SET removed_at = NULL, last_seen = ? WHERE id = ?", now.toString(), id);
        try {
            reindexFromStore(id);
        } catch (SQLException e) {
            throw fail("reindex article " + id, e);
        }
    }

    @Override
    public void markRemoved(long id, Instant now) throws StoreException {
        update("UPDATE articles SET removed_at = ? WHERE id = ? AND removed_at IS NULL", now.toString(), id);
        try {
            search.remove(id);
        } catch (SQLException e) {
            throw fail("unindex article " + id, e);
        }
    }

    @Override
    public void putFile(KnownFile f, Instant now) throws StoreException {
        try {
            PreparedStatement ps = statement("""
                    INSERT INTO article_files (path, article_id, size, mtime, content_hash, duplicate, first_seen, last_seen)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (path) DO UPDATE SET article_id = excluded.article_id, size = excluded.size,
                        mtime = excluded.mtime, content_hash = excluded.content_hash,
                        duplicate = excluded.duplicate, last_seen = excluded.last_seen""");
            ps.setString(1, f.path());
            ps.setLong(2, f.articleId());
            ps.setLong(3, f.size());
            ps.setLong(4, f.mtime());
            ps.setString(5, f.contentHash());
            ps.setInt(6, f.duplicate() ? 1 : 0);
            ps.setString(7, now.toString());
            ps.setString(8, now.toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("record file " + f.path(), e);
        }
    }

    @Override
    public void deleteFile(String path) throws StoreException {
        update("DELETE FROM article_files WHERE path = ?", path);
    }

    @Override
    public void putRejected(RejectedFile f, Instant now) throws StoreException {
        try {
            PreparedStatement ps = statement("""
                    INSERT INTO rejected_files (path, size, mtime, reason, seen) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime,
                        reason = excluded.reason, seen = excluded.seen""");
            ps.setString(1, f.path());
            ps.setLong(2, f.size());
            ps.setLong(3, f.mtime());
            ps.setString(4, f.reason());
            ps.setString(5, now.toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("record rejected file " + f.path(), e);
        }
    }

    @Override
    public void deleteRejected(String path) throws StoreException {
        update("DELETE FROM rejected_files WHERE path = ?", path);
    }

    @Override
    public void touchAll(Instant now) throws StoreException {
        // Rewriting every row was most of a rescan; an hour's resolution keeps frequent rescans read-only.
        String stale = now.minus(IngestTransaction.LAST_SEEN_RESOLUTION).toString();
        update("UPDATE article_files SET last_seen = ? WHERE last_seen <= ?", now.toString(), stale);
        update("UPDATE articles SET last_seen = ? WHERE removed_at IS NULL AND last_seen <= ?", now.toString(), stale);
    }

    @Override
    public void commit() throws StoreException {
        try {
            search.flush();
            c.commit();
            committed = true;
        } catch (SQLException e) {
            throw fail("commit", e);
        }
    }

    @Override
    public void close() throws StoreException {
        try {
            if (!committed) {
                c.rollback();
            }
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            c.close();
        } catch (SQLException e) {
            throw fail("close", e);
        }
    }

    private long nextSeq() throws SQLException {
        PreparedStatement ps = statement(
                "UPDATE counters SET value = value + 1 WHERE name = 'ingest_seq' RETURNING value");
        try (var rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Binds format … simhash (16 columns) starting at {@code first}. */
    private static void bindContent(PreparedStatement ps, int first, NewArticle article) throws SQLException {
        ParsedArticle p = article.parsed();
        int i = first;
        ps.setString(i++, p.format());
        ps.setString(i++, p.title());
        ps.setString(i++, p.url());
        ps.setString(i++, p.outlet());
        ps.setString(i++, p.author());
        ps.setString(i++, p.description());
        ps.setString(i++, p.published().map(Object::toString).orElse(null));
        ps.setString(i++, p.dateSource());
        ps.setLong(i++, article.sortTime().toEpochMilli());
        ps.setString(i++, p.languages());
        Relevance r = article.relevance();
        ps.setInt(i++, r.relevant() ? 1 : 0);
        ps.setDouble(i++, r.score());
        ps.setString(i++, String.join("\n", r.reasons()));
        ps.setString(i++, String.join(" ", r.entityIds()));
        ps.setString(i++, article.topicVersion());
        if (article.simhash().isPresent()) {
            ps.setLong(i, article.simhash().getAsLong());
        } else {
            ps.setNull(i, java.sql.Types.INTEGER);
        }
    }

    private boolean relevant(long id) throws SQLException {
        PreparedStatement ps = statement("SELECT relevant FROM articles WHERE id = ?");
        ps.setLong(1, id);
        try (var rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private void reindexFromStore(long id) throws SQLException {
        PreparedStatement ps = statement("""
                SELECT a.title, s.language, s.title, s.body FROM articles a
                JOIN article_sections s ON s.article_id = a.id WHERE a.id = ? ORDER BY s.ordinal""");
        ps.setLong(1, id);
        String title = "";
        List<Section> sections = new java.util.ArrayList<>();
        try (var rs = ps.executeQuery()) {
            while (rs.next()) {
                title = rs.getString(1);
                sections.add(new Section(rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        search.stage(id, terms.of(title, sections), relevant(id), false);
    }

    private void insertSections(long id, List<Section> sections) throws SQLException {
        PreparedStatement ps = statement(
                "INSERT INTO article_sections (article_id, ordinal, language, title, body) VALUES (?, ?, ?, ?, ?)");
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            ps.setLong(1, id);
            ps.setInt(2, i);
            ps.setString(3, s.language());
            ps.setString(4, s.title());
            ps.setString(5, s.text());
            ps.addBatch();
        }
        ps.executeBatch();
    }

    private void update(String sql, Object... args) throws StoreException {
        try {
            PreparedStatement ps = statement(sql);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail(sql, e);
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    private static StoreException fail(String what, SQLException e) {
        return new StoreException("database write failed (" + what + "): " + e.getMessage(), e);
    }
}
