package newsbot.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import newsbot.core.ingest.IngestReport;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import newsbot.core.topic.RelevanceAssessor;
import newsbot.core.parse.ParsedArticle;
import newsbot.core.parse.Section;
import newsbot.core.search.ArticleTerms;
import newsbot.core.search.SearchIndex;
import newsbot.core.source.NamedOutlet;
import newsbot.core.source.OutletBasis;
import newsbot.core.source.Provenance;
import newsbot.core.source.SourceFacts;
import newsbot.core.source.SourceRules;
import newsbot.core.topic.Relevance;

/** {@link ArticleStore} on one SQLite file. */
public final class SqliteArticleStore implements ArticleStore {
    private final Database db;
    private final Supplier<SourceRules> sources;

    public SqliteArticleStore(Database db) {
        this(db, () -> SourceRules.NONE);
    }

    /** @param sources the configuration's sources: rules in force, read at each listing */
    public SqliteArticleStore(Database db, Supplier<SourceRules> sources) {
        this.db = db;
        this.sources = sources;
    }

    @Override
    public StoreSnapshot snapshot() throws StoreException {
        try (Connection c = db.connect()) {
            List<KnownFile> files = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT path, size, mtime, content_hash, article_id, duplicate FROM article_files")) {
                while (rs.next()) {
                    files.add(new KnownFile(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getLong(5), rs.getBoolean(6)));
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
                    articles.add(new KnownArticle(rs.getLong(1), rs.getString(2), rs.getBoolean(3)));
                }
            }
            return new StoreSnapshot(files, rejected, articles);
        } catch (SQLException e) {
            throw new StoreException("cannot read the article index from " + db + ": " + e.getMessage(), e);
        }
    }

    @Override
    public IngestTransaction begin() throws StoreException {
        try {
            return new SqliteIngestTransaction(db.connect());
        } catch (SQLException e) {
            throw new StoreException("cannot open " + db + " for writing: " + e.getMessage(), e);
        }
    }

    private static final String LISTING = """
            SELECT a.id, a.seq,
                   COALESCE((SELECT min(f.path) FROM article_files f WHERE f.article_id = a.id AND f.duplicate = 0),
                            (SELECT min(f.path) FROM article_files f WHERE f.article_id = a.id), ''),
                   a.title, a.published, a.languages, a.url, a.outlet, a.author, a.format,
                   a.relevant, a.relevance_score, a.relevance_reasons, a.entities,
                   CASE WHEN a.canonical_id IS NOT NULL AND o.removed_at IS NULL THEN a.canonical_id ELSE a.id END,
                   a.outlet_basis
            FROM articles a LEFT JOIN articles o ON o.id = a.canonical_id
            """;

    @Override
    public List<ArticleListing> listArticles() throws StoreException {
        List<Listed> all = listings(LISTING + "WHERE a.removed_at IS NULL ORDER BY a.sort_time DESC, a.id DESC");
        Map<Long, Boolean> familyRelevant = new HashMap<>();
        for (Listed l : all) {
            familyRelevant.merge(l.root(), l.listing().relevant(), Boolean::logicalOr);
        }
        List<ArticleListing> out = new ArrayList<>();
        for (Listed l : all) {
            ArticleListing a = l.listing();
            if (l.root() == a.id()) {
                out.add(familyRelevant.get(a.id()) == a.relevant() ? a : new ArticleListing(a.id(), a.seq(), a.path(),
                        a.paths(), a.title(), a.published(), a.language(), a.url(), a.outlet(), a.kind(), a.author(), a.format(),
                        true, a.score(), a.reasons(), a.entities()));
            }
        }
        return out;
    }

    @Override
    public Optional<ArticleListing> findByPath(String path) throws StoreException {
        List<Listed> found = listings(LISTING + "WHERE a.removed_at IS NULL AND a.id IN "
                + "(SELECT article_id FROM article_files WHERE path = ?)", path);
        return found.stream().map(Listed::listing).findFirst();
    }

    @Override
    public List<Section> sections(long articleId) throws StoreException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT language, title, body FROM article_sections WHERE article_id = ? ORDER BY ordinal")) {
            ps.setLong(1, articleId);
            List<Section> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Section(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + articleId + " from " + db + ": " + e.getMessage(), e);
        }
    }

    /** A listing and the article it is folded into (itself for an original). */
    private record Listed(ArticleListing listing, long root) {
    }

    private List<Listed> listings(String sql, Object... args) throws StoreException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            Map<Long, List<String>> files = familyFiles(c);
            List<Listed> out = new ArrayList<>();
            SourceRules rules = sources.get();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String published = rs.getString(5);
                    long id = rs.getLong(1);
                    long root = rs.getLong(15);
                    List<String> paths = root == id ? files.getOrDefault(id, List.of(rs.getString(3)))
                            : List.of(rs.getString(3));
                    Provenance p = rules.resolve(new SourceFacts(rs.getString(3), rs.getString(7),
                            NamedOutlet.stored(rs.getString(8), rs.getString(16)), rs.getString(4)));
                    out.add(new Listed(new ArticleListing(id, rs.getLong(2), rs.getString(3), paths, rs.getString(4),
                            Optional.ofNullable(published).map(OffsetDateTime::parse), rs.getString(6),
                            rs.getString(7), p.outlet(), p.kind(), rs.getString(9), rs.getString(10),
                            rs.getBoolean(11), rs.getDouble(12), lines(rs.getString(13)), words(rs.getString(14))),
                            root));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read articles from " + db + ": " + e.getMessage(), e);
        }
    }

    /** Every file by the article it is folded into: the original's files first, then each copy's. */
    private static Map<Long, List<String>> familyFiles(Connection c) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT CASE WHEN a.canonical_id IS NOT NULL AND o.removed_at IS NULL THEN a.canonical_id ELSE a.id END,
                       f.path
                FROM article_files f JOIN articles a ON a.id = f.article_id LEFT JOIN articles o ON o.id = a.canonical_id
                WHERE a.removed_at IS NULL
                ORDER BY 1, a.canonical_id IS NOT NULL, a.id, f.duplicate, f.path""")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    private final ArticleTerms terms = new ArticleTerms();

    @Override
    public void upgradeLegacyData() throws StoreException {
        fillRelevantIndexIfEmpty();
        settleLegacyOutlets();
    }

    /**
     * Works out, once, where the outlet of each article stored before outlet bases were kept came
     * from, reading its text as a parse would now. Returns how many articles it settled.
     */
    int settleLegacyOutlets() throws StoreException {
        try (Connection c = db.connect()) {
            return LegacyOutlets.settle(c);
        } catch (SQLException e) {
            throw new StoreException("cannot update the outlets of old articles in " + db + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fills the on-topic index when it is empty but on-topic articles exist: a database from before
     * it existed. Returns how many articles were indexed.
     */
    int fillRelevantIndexIfEmpty() throws StoreException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM relevant_search), "
                    + "(SELECT count(*) FROM articles WHERE relevant = 1 AND removed_at IS NULL)")) {
                rs.next();
                if (rs.getLong(1) > 0 || rs.getLong(2) == 0) {
                    return 0;
                }
            }
            c.setAutoCommit(false);
            SearchIndex index = new SearchIndex(c);
            Map<Long, String> titles = new LinkedHashMap<>();
            Map<Long, List<Section>> sections = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("""
                    SELECT a.id, a.title, s.language, s.title, s.body FROM articles a
                    JOIN article_sections s ON s.article_id = a.id
                    WHERE a.relevant = 1 AND a.removed_at IS NULL ORDER BY a.id, s.ordinal""")) {
                while (rs.next()) {
                    titles.put(rs.getLong(1), rs.getString(2));
                    sections.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Section(rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
            for (Map.Entry<Long, List<Section>> e : sections.entrySet()) {
                index.setRelevant(e.getKey(), terms.of(titles.get(e.getKey()), e.getValue()), true);
            }
            c.commit();
            return sections.size();
        } catch (SQLException e) {
            throw new StoreException("cannot fill the on-topic search index in " + db + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int rescore(RelevanceAssessor assessor) throws StoreException {
        String select = """
                SELECT a.id, a.title, s.language, s.title, s.body, a.relevant, a.removed_at IS NOT NULL FROM articles a
                JOIN article_sections s ON s.article_id = a.id
                WHERE a.id IN (SELECT id FROM articles WHERE topic_version <> ? ORDER BY id LIMIT 500)
                ORDER BY a.id, s.ordinal""";
        String update = """
                UPDATE articles SET relevant = ?, relevance_score = ?, relevance_reasons = ?, entities = ?,
                                    topic_version = ? WHERE id = ?""";
        int total = 0;
        try (Connection c = db.connect()) {
            while (true) {
                Map<Long, ParsedArticle> batch = new LinkedHashMap<>();
                Map<Long, Boolean> relevantNow = new HashMap<>();
                java.util.Set<Long> removed = new java.util.HashSet<>();
                try (PreparedStatement ps = c.prepareStatement(select)) {
                    ps.setString(1, assessor.version());
                    try (ResultSet rs = ps.executeQuery()) {
                        Map<Long, List<Section>> sections = new LinkedHashMap<>();
                        Map<Long, String> titles = new HashMap<>();
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            titles.put(id, rs.getString(2));
                            relevantNow.put(id, rs.getBoolean(6));
                            if (rs.getBoolean(7)) {
                                removed.add(id);
                            }
                            sections.computeIfAbsent(id, k -> new ArrayList<>())
                                    .add(new Section(rs.getString(3), rs.getString(4), rs.getString(5)));
                        }
                        sections.forEach((id, list) -> batch.put(id, new ParsedArticle("stored", titles.get(id), "",
                                "", OutletBasis.NONE, "", Optional.empty(), "", "", list)));
                    }
                }
                if (batch.isEmpty()) {
                    return total;
                }
                c.setAutoCommit(false);
                SearchIndex index = new SearchIndex(c);
                try (PreparedStatement ps = c.prepareStatement(update)) {
                    for (Map.Entry<Long, ParsedArticle> e : batch.entrySet()) {
                        Relevance r = assessor.assess(e.getValue());
                        if (r.relevant() != relevantNow.getOrDefault(e.getKey(), false)) {
                            index.setRelevant(e.getKey(), terms.of(e.getValue().title(), e.getValue().sections()),
                                    r.relevant() && !removed.contains(e.getKey()));
                        }
                        ps.setInt(1, r.relevant() ? 1 : 0);
                        ps.setDouble(2, r.score());
                        ps.setString(3, String.join("\n", r.reasons()));
                        ps.setString(4, String.join(" ", r.entityIds()));
                        ps.setString(5, assessor.version());
                        ps.setLong(6, e.getKey());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
                c.setAutoCommit(true);
                total += batch.size();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot rescore articles in " + db + ": " + e.getMessage(), e);
        }
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    private static List<String> words(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.strip().split(" "));
    }

    @Override
    public void recordScan(Instant at, IngestReport report) throws StoreException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, "last_scan");
            ps.setString(2, at.toString());
            ps.executeUpdate();
            ps.setString(1, "last_scan_errors");
            ps.setString(2, String.valueOf(report.errors().size()));
            ps.executeUpdate();
            // every scan moves what kept search pages belong to, whatever it changed (a removal, a move, a rescore)
            try (Statement count = c.createStatement()) {
                count.executeUpdate("INSERT INTO counters (name, value) VALUES ('scans', 1) "
                        + "ON CONFLICT (name) DO UPDATE SET value = counters.value + 1");
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record the scan in " + db + ": " + e.getMessage(), e);
        }
    }

    @Override
    public StoreStatus status() throws StoreException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT (SELECT count(*) FROM articles WHERE removed_at IS NULL),
                       (SELECT count(*) FROM articles WHERE removed_at IS NULL AND relevant = 1),
                       (SELECT count(DISTINCT event_id) FROM articles WHERE removed_at IS NULL AND event_id IS NOT NULL),
                       (SELECT value FROM counters WHERE name = 'ingest_seq'),
                       (SELECT value FROM meta WHERE name = 'last_scan'),
                       (SELECT value FROM meta WHERE name = 'last_scan_errors')""")) {
            rs.next();
            String lastScan = rs.getString(5);
            String errors = rs.getString(6);
            return new StoreStatus(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getLong(4),
                    Optional.ofNullable(lastScan).map(Instant::parse), errors == null ? 0 : Integer.parseInt(errors));
        } catch (SQLException e) {
            throw new StoreException("cannot read the status of " + db + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long lastSeq() throws StoreException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT value FROM counters WHERE name = 'ingest_seq'")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("cannot read the ingest sequence from " + db + ": " + e.getMessage(), e);
        }
    }
}
