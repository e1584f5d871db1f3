package newsbot.core.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import newsbot.core.source.NamedOutlet;
import newsbot.core.source.SourceFacts;
import newsbot.core.source.SourceRules;

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
    /** The listed fields of the articles whose ids fill {@code IN ({ids})}. */
    private static final String ARTICLES = """
            SELECT a.id, a.title, a.published, a.outlet, a.url,
                   COALESCE((SELECT min(path) FROM article_files WHERE article_id = a.id AND duplicate = 0),
                            (SELECT min(path) FROM article_files WHERE article_id = a.id), ''),
                   a.outlet_basis
            FROM articles a WHERE a.id IN ({ids})""";
    private static final String SECTIONS =
            "SELECT article_id, body FROM article_sections WHERE article_id IN ({ids}) ORDER BY article_id, ordinal";

    private final QueryParser parser;
    private final SnippetMaker snippets;
    private final Supplier<SourceRules> sources;

    public SearchEngine(AliasExpander aliases) {
        this(aliases, () -> SourceRules.NONE);
    }

    /** @param sources the configuration's sources: rules in force, which name each hit's outlet */
    public SearchEngine(AliasExpander aliases, Supplier<SourceRules> sources) {
        this.sources = Objects.requireNonNull(sources, "sources");
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
        List<SearchHit> hits = hits(connection, ranked.subList(0, Math.min(ranked.size(), query.limit())),
                parsed.required());
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

    /** The page's hits in rank order, read with one query for the articles and one for their texts. */
    private List<SearchHit> hits(Connection connection, List<Ranked> ranked, List<Clause> clauses) throws SQLException {
        if (ranked.isEmpty()) {
            return List.of();
        }
        String ids = String.join(", ", Collections.nCopies(ranked.size(), "?"));
        Map<Long, List<String>> texts = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement(SECTIONS.replace("{ids}", ids))) {
            bindIds(st, ranked);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    texts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<Long, SearchHit> byId = new HashMap<>();
        Map<Long, Double> scores = new HashMap<>();
        ranked.forEach(r -> scores.put(r.id(), r.score()));
        SourceRules rules = sources.get();
        try (PreparedStatement st = connection.prepareStatement(ARTICLES.replace("{ids}", ids))) {
            bindIds(st, ranked);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String title = rs.getString(2);
                    List<String> candidates = new ArrayList<>(texts.getOrDefault(id, List.of()));
                    candidates.add(title);
                    String outlet = rules.resolve(new SourceFacts(rs.getString(6), rs.getString(5),
                            NamedOutlet.stored(rs.getString(4), rs.getString(7)), title)).outlet();
                    byId.put(id, new SearchHit(id, rs.getString(6), title, published(rs.getString(3)),
                            outlet, rs.getString(5), scores.get(id), snippets.snippet(candidates, clauses)));
                }
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Ranked r : ranked) {
            SearchHit hit = byId.get(r.id());
            if (hit == null) {
                throw new SQLException("article " + r.id() + " is in the search index but not in articles");
            }
            hits.add(hit);
        }
        return hits;
    }

    private static void bindIds(PreparedStatement st, List<Ranked> ranked) throws SQLException {
        for (int i = 0; i < ranked.size(); i++) {
            st.setLong(i + 1, ranked.get(i).id());
        }
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
