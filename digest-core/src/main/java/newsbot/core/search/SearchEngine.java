package newsbot.core.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Full-text search over the articles: bm25 with the title weighted above the body, newer
 * first among equals, only topic-relevant articles unless asked for all, never a removed one.
 * Reads through the caller's connection. Thread-safe, and meant to be kept: its analyzer keeps
 * per-thread state that is costly to build for each search.
 */
public final class SearchEngine {

    static final double TITLE_WEIGHT = 5.0;
    static final double BODY_WEIGHT = 1.0;
    /**
     * bm25 costs about a microsecond per matching article, and 美国 matches most of them: a query
     * with more matches than this ranks only the most recently indexed ones (highest rowids).
     */
    static final int MAX_RANKED = 5_000;

    private static final String PAGE = """
            SELECT a.id, -bm25({t}, %s, %s) AS score
            FROM {t} JOIN articles a ON a.id = {t}.rowid
            WHERE {t} MATCH ? AND {t}.rowid >= ? AND a.removed_at IS NULL
              AND (a.canonical_id IS NULL OR NOT EXISTS
                   (SELECT 1 FROM articles o WHERE o.id = a.canonical_id AND o.removed_at IS NULL)) %s
            ORDER BY score DESC, a.sort_time DESC, a.id DESC
            LIMIT ? OFFSET ?""";
    private static final String OLDEST_RANKED =
            "SELECT rowid FROM {t} WHERE {t} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?";
    /** Counts on-topic articles up to a limit, from the index on (relevant, sort_time). */
    private static final String RELEVANT_COUNT =
            "SELECT count(*) FROM (SELECT 1 FROM articles WHERE relevant = 1 LIMIT ?)";
    private static final String ARTICLE = """
            SELECT a.title, a.published, a.outlet, a.url,
                   COALESCE((SELECT min(path) FROM article_files WHERE article_id = a.id AND duplicate = 0),
                            (SELECT min(path) FROM article_files WHERE article_id = a.id), '')
            FROM articles a WHERE a.id = ?""";
    private static final String SECTIONS =
            "SELECT body FROM article_sections WHERE article_id = ? ORDER BY ordinal";

    private final QueryParser parser;
    private final SnippetMaker snippets;

    public SearchEngine(AliasExpander aliases) {
        TextAnalyzer analyzer = new TextAnalyzer();
        this.parser = new QueryParser(analyzer, Objects.requireNonNull(aliases, "aliases"));
        this.snippets = new SnippetMaker(analyzer);
    }

    /**
     * @throws InvalidQueryException when the text has nothing to search for; its message says why
     */
    public SearchResults search(Connection connection, SearchQuery query) throws InvalidQueryException, SQLException {
        ParsedQuery parsed = parser.parse(query.text());
        List<String> notes = new ArrayList<>(parsed.notes());
        String filter = "";
        if (!query.allTopics()) {
            filter = "AND a.relevant = 1";
        }
        String match = MatchExpression.of(parsed);
        // On-topic searches read the small on-topic index; the relevance filter stays as a guard.
        String table = query.allTopics() ? SearchIndex.ALL : SearchIndex.RELEVANT;
        String sql = PAGE.replace("{t}", table).formatted(TITLE_WEIGHT, BODY_WEIGHT, filter);
        List<Ranked> ranked = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, match);
            st.setLong(2, mayMatchMoreThanRanked(connection, query) ? oldestRanked(connection, match, table) : Long.MIN_VALUE);
            st.setInt(3, query.limit() + 1);
            st.setLong(4, (long) (query.page() - 1) * query.limit());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ranked.add(new Ranked(rs.getLong(1), rs.getDouble(2)));
                }
            }
        }
        boolean hasMore = ranked.size() > query.limit();
        List<SearchHit> hits = new ArrayList<>();
        for (Ranked r : ranked.subList(0, Math.min(ranked.size(), query.limit()))) {
            hits.add(hit(connection, r.id(), r.score(), parsed.required()));
        }
        return new SearchResults(hits, query.page(), hasMore, String.join(" ", notes));
    }

    /**
     * Whether a query could match more than {@link #MAX_RANKED} articles. On-topic searches usually cannot:
     * the on-topic articles are counted from an index in microseconds, which spares finding the bound.
     */
    private static boolean mayMatchMoreThanRanked(Connection connection, SearchQuery query) throws SQLException {
        if (query.allTopics()) {
            return true;
        }
        try (PreparedStatement st = connection.prepareStatement(RELEVANT_COUNT)) {
            st.setInt(1, MAX_RANKED + 1);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getLong(1) > MAX_RANKED;
            }
        }
    }

    /** The lowest rowid worth ranking: found cheaply, as FTS5 walks rowids in order and stops early. */
    private static long oldestRanked(Connection connection, String match, String table) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(OLDEST_RANKED.replace("{t}", table))) {
            st.setString(1, match);
            st.setInt(2, MAX_RANKED - 1);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : Long.MIN_VALUE;
            }
        }
    }

    private record Ranked(long id, double score) {
    }

    private SearchHit hit(Connection connection, long id, double score, List<Clause> clauses) throws SQLException {
        List<String> texts = sectionBodies(connection, id);
        try (PreparedStatement st = connection.prepareStatement(ARTICLE)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("article " + id + " is in the search index but not in articles");
                }
                String title = rs.getString(1);
                texts.add(title);
                return new SearchHit(id, rs.getString(5), title, published(rs.getString(2)),
                        rs.getString(3), rs.getString(4), score, snippets.snippet(texts, clauses));
            }
        }
    }

    private static List<String> sectionBodies(Connection connection, long id) throws SQLException {
        List<String> bodies = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(SECTIONS)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    bodies.add(rs.getString(1));
                }
            }
        }
        return bodies;
    }

    private static Optional<OffsetDateTime> published(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // the store owns the format; a date we cannot read is shown as none
        }
    }
}
