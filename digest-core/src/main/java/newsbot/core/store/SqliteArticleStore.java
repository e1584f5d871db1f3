package newsbot.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link ArticleStore} on one SQLite file. */
public final class SqliteArticleStore implements ArticleStore {
    private final Database db;

    public SqliteArticleStore(Database db) {
        this.db = db;
    }

    @Override
    public StoreSnapshot snapshot() throws StoreException {
        try (Connection c = db.connect()) {
            List<KnownFile> files = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT path, size, mtime, content_hash, article_id, duplicate FROM article_files")) {
                while (rs.next()) {
                    files.add(new KnownFile(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getLong(5), rs.getInt(6) != 0));
                }
            }
            List<RejectedFile> rejected = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT path, size, mtime, reason FROM rejected_files")) {
                while (rs.next()) {
                    rejected.add(new RejectedFile(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
                }
            }
            List<KnownArticle> articles = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT id, content_hash, removed_at IS NOT NULL FROM articles")) {
                while (rs.next()) {
                    articles.add(new KnownArticle(rs.getLong(1), rs.getString(2), rs.getInt(3) != 0));
                }
            }
            return new StoreSnapshot(files, rejected, articles);
        } catch (SQLException e) {
            throw new StoreException("cannot read the article index from " + db.file() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public IngestTransaction begin() throws StoreException {
        try {
            return new SqliteIngestTransaction(db.connect());
        } catch (SQLException e) {
            throw new StoreException("cannot open " + db.file() + " for writing: " + e.getMessage(), e);
        }
    }

    @Override
    public List<ArticleListing> listArticles() throws StoreException {
        String sql = """
                SELECT a.id, a.seq,
                       (SELECT min(f.path) FROM article_files f WHERE f.article_id = a.id AND f.duplicate = 0),
                       a.title, a.published, a.languages, a.url, a.outlet, a.author, a.format
                FROM articles a
                WHERE a.removed_at IS NULL
                ORDER BY a.sort_time DESC, a.id DESC""";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<ArticleListing> out = new ArrayList<>();
            while (rs.next()) {
                String published = rs.getString(5);
                out.add(new ArticleListing(rs.getLong(1), rs.getLong(2), nonNull(rs.getString(3)), rs.getString(4),
                        Optional.ofNullable(published).map(OffsetDateTime::parse), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list articles from " + db.file() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long lastSeq() throws StoreException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT value FROM counters WHERE name = 'ingest_seq'")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("cannot read the ingest sequence from " + db.file() + ": " + e.getMessage(), e);
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
