package newsbot.core.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import newsbot.core.source.NamedOutlet;
import newsbot.core.source.SourceFacts;
import newsbot.core.source.SourceRules;

/**
 * Full-text search over the articles: bm25 with the title weighted above the body, newer first among near-equals,
 * one result per article however many copies of it there are, only topic-relevant articles unless asked for all,
 * never a removed one. Reads through the caller's connection. Thread-safe, and meant to be kept: its analyzer keeps
 * per-thread state that is costly to build for each search.
 */
public final class SearchEngine {

    static final double TITLE_WEIGHT = 5.0;
    static final double BODY_WEIGHT = 1.0;
    /**
     * On-topic articles score this much more in an all-topics search: a reader who follows the topic means its
     * sense of a word first (a hotline between militaries, not a customer-service line).
     */
    static final double ON_TOPIC_BOOST = 0.5;
    /**
     * Scores within this factor of each other tie, and the newer article comes first: bm25 differences that small
     * say nothing about which article is better.
     */
    static final double TIE_FACTOR = 1.05;
    /**
     * bm25 costs about a microsecond per matching article, and 美国 matches most of them: a query
     * with more matches than this ranks only the most recently indexed ones (highest rowids).
     */
    static final int MAX_RANKED = 5_000;
    /**
     * An article that matched a clause only through a risky name (a person's Chinese name, a word inside a false
     * friend) is read to check that it really names it; at most this many per clause, the best-scored first: the
     * rest rank below them anyway.
     */
    static final int MAX_CHECKED = 300;
    /**
     * The best this many results are ranked again by {@link Prominence} (reading their titles and leads), the rest in
     * bm25 order: an article about the subject seldom ranks lower than this by bm25.
     */
    static final int RERANKED = 50;
    /** How much of each section the reranking reads: a lead, and a little more for a Latin one. */
    private static final int LEAD_READ = Prominence.LEAD_LATIN;

    /**
     * Matches, one row per family (an article and its copies: {@code canonical_id} points at the original) with the
     * score of its best member, shown as the original when that matches (a copy may be a title-only stub), else as
     * its best member; families with a member that matches an excluded clause are left out; the total comes along
     * with every row, and the family's id (its original's) after it.
     */
    private static final String PAGE = """
            WITH hits AS (
                SELECT a.id AS id, coalesce(a.canonical_id, a.id) AS family,
                       -bm25({t}, %s, %s) * (1 + a.relevant * %s) AS score,
                       a.sort_time AS sort_time
                FROM {t} JOIN articles a ON a.id = {t}.rowid
                WHERE {t} MATCH ? AND {t}.rowid >= ? AND a.removed_at IS NULL %s
            ), ranked AS (
                SELECT id, family, max(score) OVER (PARTITION BY family) AS score, sort_time,
                       row_number() OVER (PARTITION BY family ORDER BY id = family DESC, score DESC, id DESC) AS nth
                FROM hits
            )
            SELECT id, score, count(*) OVER (), sort_time, family FROM ranked
            WHERE nth = 1 %s
            ORDER BY CAST(ln(max(score, 1e-9)) / ln(%s) AS INTEGER) DESC, sort_time DESC, score DESC, id DESC
            LIMIT ? OFFSET ?""";
    /** The families of articles that match the required clauses and an excluded one. */
    private static final String GONE = """
            AND family NOT IN (SELECT coalesce(x.canonical_id, x.id) FROM {t} JOIN articles x ON x.id = {t}.rowid
                               WHERE {t} MATCH ? AND {t}.rowid >= ?)""";
    /** Articles that match the query but, for one clause, only through its risky names: checked by reading them. */
    private static final String RISKY = """
            SELECT a.id, a.seq FROM {t} JOIN articles a ON a.id = {t}.rowid
            WHERE {t} MATCH ? AND {t}.rowid >= ? AND a.removed_at IS NULL %s
            ORDER BY bm25({t}, %s, %s) LIMIT %d""";
    private static final String TEXTS = """
            SELECT a.id, a.title || char(10) || coalesce((SELECT group_concat(body, char(10)) FROM article_sections
                                                         WHERE article_id = a.id), '')
            FROM articles a WHERE a.id IN ({ids})""";
    private static final String OLDEST_RANKED =
            "SELECT rowid FROM {t} WHERE {t} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?";
    /** Counts on-topic articles up to a limit, from the index on (relevant, sort_time). */
    private static final String RELEVANT_COUNT =
            "SELECT count(*) FROM (SELECT 1 FROM articles WHERE relevant = 1 LIMIT ?) AS capped";
    private static final String ANY_ARTICLE = "SELECT 1 FROM " + SearchIndex.ALL + " WHERE " + SearchIndex.ALL
            + " MATCH ? LIMIT 1";
    /** SQLite's full-text SQL: FTS5 MATCH expressions ({@link MatchExpression}) ranked by bm25. */
    static final FullText FTS5 = new FullText(PAGE, GONE, RISKY, TEXTS, OLDEST_RANKED, ANY_ARTICLE,
            new FullText.Syntax() {
                @Override
                public String required(ParsedQuery query) {
                    return MatchExpression.required(query);
                }

                @Override
                public String excluded(ParsedQuery query) {
                    return MatchExpression.excluded(query);
                }

                @Override
                public String anyOf(List<Phrase> phrases) {
                    return MatchExpression.anyOf(phrases);
                }

                @Override
                public String and(String a, String b) {
                    return "(" + a + ") AND (" + b + ")";
                }

                @Override
                public String andNot(String a, String b) {
                    return a + " NOT (" + b + ")";
                }

                @Override
                public String phrase(Phrase phrase) {
                    return MatchExpression.phrase(phrase);
                }
            });
    /** The listed fields of the articles whose ids fill {@code IN ({ids})}. */
    private static final String ARTICLES = """
            SELECT a.id, a.title, a.published, a.outlet, a.url,
                   COALESCE((SELECT min(path) FROM article_files WHERE article_id = a.id AND duplicate = 0),
                            (SELECT min(path) FROM article_files WHERE article_id = a.id), ''),
                   a.outlet_basis
            FROM articles a WHERE a.id IN ({ids})""";
    private static final String LEADS = """
            SELECT a.id, a.title, substr(s.body, 1, %d), a.seq FROM articles a
            LEFT JOIN article_sections s ON s.article_id = a.id
            WHERE a.id IN ({ids}) ORDER BY a.id, s.ordinal""".formatted(LEAD_READ);
    private static final String SECTIONS =
            "SELECT article_id, body FROM article_sections WHERE article_id IN ({ids}) ORDER BY article_id, ordinal";
    /** Every file of the families of the articles whose ids fill {@code IN ({ids})}, by family. */
    private static final String COPIES = """
            SELECT coalesce(a.canonical_id, a.id), f.path
            FROM articles a JOIN article_files f ON f.article_id = a.id
            WHERE a.removed_at IS NULL AND (a.id IN ({families}) OR a.canonical_id IN ({families}))""";

    private final QueryParser parser;
    private final SnippetMaker snippets;
    private final Thesaurus thesaurus;
    private final Supplier<SourceRules> sources;
    private final Verdicts verdicts = new Verdicts();
    private final Prominence prominence;
    private final TopicSense sense;
    private final ArticleSenses senses = new ArticleSenses();
    private final ContextNames context;

    public SearchEngine(Thesaurus thesaurus) {
        this(thesaurus, () -> SourceRules.NONE);
    }

    /** @param sources the configuration's sources: rules in force, which name each hit's outlet */
    public SearchEngine(Thesaurus thesaurus, Supplier<SourceRules> sources) {
        this.sources = Objects.requireNonNull(sources, "sources");
        TextAnalyzer analyzer = new TextAnalyzer();
        this.thesaurus = Objects.requireNonNull(thesaurus, "thesaurus");
        this.parser = new QueryParser(analyzer, thesaurus);
        this.snippets = new SnippetMaker(analyzer);
        this.prominence = new Prominence(snippets);
        this.sense = new TopicSense(thesaurus.concepts());
        this.context = new ContextNames(thesaurus.concepts(), thesaurus.contextWindow());
    }

    /**
     * @throws InvalidQueryException when the text has nothing to search for; its message says why
     */
    public SearchResults search(Connection connection, SearchQuery query) throws InvalidQueryException, SQLException {
        FullText ft = SearchIndex.onPostgres(connection) ? PostgresFullText.SQL : FTS5;
        ParsedQuery parsed = parser.parse(query.text(), terms -> inSomeArticle(connection, ft, terms));
        List<String> notes = new ArrayList<>(parsed.notes());
        String table = query.allTopics() ? SearchIndex.ALL : SearchIndex.RELEVANT;
        String required = ft.syntax().required(parsed);
        String excluded = ft.syntax().excluded(parsed);
        String both = excluded.isEmpty() ? "" : ft.syntax().and(required, excluded);
        boolean bounded = mayMatchMoreThanRanked(connection, query);
        long oldest = bounded ? oldestRanked(connection, ft, required, table) : Long.MIN_VALUE;
        String filter = query.allTopics() ? "" : "AND a.relevant = 1";
        Set<Long> rejected = rejected(connection, ft, parsed, table, required, oldest, filter);
        String sql = ft.page().replace("{t}", table).formatted(TITLE_WEIGHT, BODY_WEIGHT, ON_TOPIC_BOOST,
                filter + (rejected.isEmpty() ? "" : " AND a.id NOT IN (" + joinIds(rejected) + ")"),
                excluded.isEmpty() ? "" : ft.gone().replace("{t}", table), TIE_FACTOR);
        List<Ranked> ranked = new ArrayList<>();
        int total = 0;
        long offset = (query.page() - 1L) * query.limit(); // long: --page 2147483647 must not wrap
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            int p = 1;
            st.setString(p++, required);
            st.setLong(p++, oldest);
            if (!both.isEmpty()) {
                st.setString(p++, both);
                st.setLong(p++, oldest);
            }
            st.setLong(p++, Math.max(RERANKED, offset + query.limit() + 1));
            st.setLong(p, 0);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ranked.add(new Ranked(rs.getLong(1), rs.getDouble(2), rs.getLong(4), rs.getLong(5)));
                    total = rs.getInt(3);
                }
            }
        }
        ranked = rerank(connection, ranked, parsed.required());
        List<Ranked> rest = ranked.subList((int) Math.min(offset, ranked.size()), ranked.size());
        boolean hasMore = rest.size() > query.limit();
        List<Ranked> page = rest.subList(0, Math.min(rest.size(), query.limit()));
        boolean exact = oldest == Long.MIN_VALUE;
        if (ranked.isEmpty() && query.page() > 1) {
            total = count(connection, sql, required, both, oldest);
        }
        List<SearchHit> hits = hits(connection, page, parsed.required());
        List<SearchResults.Correction> corrections = parsed.clauses().stream()
                .filter(c -> !c.corrected().isEmpty())
                .map(c -> new SearchResults.Correction(c.typed(), c.corrected()))
                .toList();
        List<String> suggestions = total == 0 ? suggestions(parsed) : List.of();
        return new SearchResults(hits, query.page(), hasMore, String.join(" ", notes), total, exact, query.limit(),
                corrections, suggestions);
    }

    /**
     * The articles that match only through a clause's risky names and do not really name it (米利 in 米利厄斯, 布朗
     * of 杰伦·布朗, 热线 of 客服热线), up to {@link #MAX_CHECKED} per clause, best-scored first.
     */
    private Set<Long> rejected(Connection connection, FullText ft, ParsedQuery parsed, String table, String required,
                               long oldest, String filter) throws SQLException {
        Set<Long> rejected = new LinkedHashSet<>();
        for (Clause clause : parsed.required()) {
            NameGuard guard = NameGuard.of(clause, context);
            if (guard == null) {
                continue;
            }
            List<Phrase> risky = clause.alternatives().stream().filter(clause::isRisky).toList();
            List<Phrase> sure = clause.alternatives().stream().filter(p -> !clause.isRisky(p)).toList();
            String match = ft.syntax().and(required, ft.syntax().anyOf(risky));
            if (!sure.isEmpty()) {
                match = ft.syntax().andNot(match, ft.syntax().anyOf(sure));
            }
            Map<Long, Long> unknown = new java.util.LinkedHashMap<>();
            try (PreparedStatement st = connection.prepareStatement(ft.risky().replace("{t}", table)
                    .formatted(filter, TITLE_WEIGHT, BODY_WEIGHT, MAX_CHECKED))) {
                st.setString(1, match);
                st.setLong(2, oldest);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        Boolean known = verdicts.get(new Verdicts.Key(id, rs.getLong(2), guard));
                        if (known == null) {
                            unknown.put(id, rs.getLong(2));
                        } else if (!known) {
                            rejected.add(id);
                        }
                    }
                }
            }
            if (unknown.isEmpty()) {
                continue;
            }
            try (PreparedStatement st = connection.prepareStatement(ft.texts().replace("{ids}", joinIds(unknown.keySet())));
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    boolean accepted = guard.accepts(rs.getString(2));
                    verdicts.put(new Verdicts.Key(id, unknown.get(id), guard), accepted);
                    if (!accepted) {
                        rejected.add(id);
                    }
                }
            }
        }
        return rejected;
    }

    /** Article ids as SQL literals: longs read from the database, so nothing typed reaches the statement. */
    private static String joinIds(java.util.Collection<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    /** The total for a page past the end, which finds no row to carry it: the first page's rows carry it. */
    private static int count(Connection connection, String sql, String required, String both, long oldest)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            int p = 1;
            st.setString(p++, required);
            st.setLong(p++, oldest);
            if (!both.isEmpty()) {
                st.setString(p++, both);
                st.setLong(p++, oldest);
            }
            st.setInt(p++, 1);
            st.setLong(p, 0);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(3) : 0;
            }
        }
    }

    /** Known names and terms near the typed words that name nothing, for a search that found nothing. */
    private List<String> suggestions(ParsedQuery parsed) {
        Set<String> out = new LinkedHashSet<>();
        for (Clause c : parsed.required()) {
            if (c.label().isEmpty()) {
                thesaurus.suggestions(c.typed()).forEach(n -> out.add(n.name()));
            }
        }
        return List.copyOf(out);
    }

    /** Whether some article holds these terms in this order; a typed word that does is never "corrected". */
    private static boolean inSomeArticle(Connection connection, FullText ft, List<String> terms) {
        if (terms.isEmpty()) {
            return false;
        }
        try (PreparedStatement st = connection.prepareStatement(ft.anyArticle())) {
            st.setString(1, ft.syntax().phrase(new Phrase(terms)));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look a word up in the search index: " + e.getMessage(), e);
        }
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
    private static long oldestRanked(Connection connection, FullText ft, String match, String table)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(ft.oldestRanked().replace("{t}", table))) {
            st.setString(1, match);
            st.setInt(2, MAX_RANKED - 1);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : Long.MIN_VALUE;
            }
        }
    }

    /** A family's best member, its score, its sort time (epoch millis, for recency among ties) and the family. */
    private record Ranked(long id, double score, long sortTime, long family) {
        Ranked times(double factor) {
            return new Ranked(id, score * factor, sortTime, family);
        }

        /** Scores within {@link #TIE_FACTOR} of each other share a band, and the newer article comes first in it. */
        long band() {
            return (long) (Math.log(Math.max(score, 1e-9)) / Math.log(TIE_FACTOR)); // truncated, as SQL's CAST
        }
    }

    private static final Comparator<Ranked> RANK_ORDER = Comparator
            .comparingLong(Ranked::band).reversed()
            .thenComparing(Comparator.comparingLong(Ranked::sortTime).reversed())
            .thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
            .thenComparing(Comparator.comparingLong(Ranked::id).reversed());

    /**
     * The first {@link #RERANKED} of bm25's order scored again with their {@link Prominence} (about the subject, or
     * a passing mention) and {@link TopicSense} (in the topic's world, or another's), in the same order of bands and
     * dates; the rest as they came.
     */
    private List<Ranked> rerank(Connection connection, List<Ranked> ranked, List<Clause> clauses) throws SQLException {
        List<Ranked> head = ranked.subList(0, Math.min(ranked.size(), RERANKED));
        if (head.size() < 2 || clauses.isEmpty()) {
            return ranked;
        }
        Map<Long, String> titles = new HashMap<>();
        Map<Long, List<String>> leads = new HashMap<>();
        Map<Long, Long> seqs = new HashMap<>();
        String ids = String.join(", ", Collections.nCopies(head.size(), "?"));
        try (PreparedStatement st = connection.prepareStatement(LEADS.replace("{ids}", ids))) {
            bindIds(st, head, 1);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    titles.put(id, rs.getString(2));
                    seqs.put(id, rs.getLong(4));
                    List<String> bodies = leads.computeIfAbsent(id, k -> new ArrayList<>());
                    if (rs.getString(3) != null) {
                        bodies.add(rs.getString(3));
                    }
                }
            }
        }
        Probes probes = Probes.of(clauses);
        List<Ranked> out = new ArrayList<>(ranked.size());
        for (Ranked r : head) {
            String title = titles.getOrDefault(r.id(), "");
            List<String> bodies = leads.getOrDefault(r.id(), List.of());
            ArticleSenses.Key key = new ArticleSenses.Key(r.id(), seqs.getOrDefault(r.id(), -1L));
            int[] found = senses.get(key);
            if (found == null) {
                found = sense.found(title, bodies);
                senses.put(key, found);
            }
            out.add(r.times(prominence.factor(title, bodies, probes, clauses.size()) * sense.factor(found, clauses)));
        }
        out.sort(RANK_ORDER);
        out.addAll(ranked.subList(head.size(), ranked.size()));
        return out;
    }

    /** The page's hits in rank order, read with one query each for the articles, their texts and their copies. */
    private List<SearchHit> hits(Connection connection, List<Ranked> ranked, List<Clause> clauses) throws SQLException {
        if (ranked.isEmpty()) {
            return List.of();
        }
        String ids = String.join(", ", Collections.nCopies(ranked.size(), "?"));
        Map<Long, List<String>> texts = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement(SECTIONS.replace("{ids}", ids))) {
            bindIds(st, ranked, 1);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    texts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<Long, Set<String>> files = copies(connection, ranked);
        Map<Long, SearchHit> byId = new HashMap<>();
        Map<Long, Double> scores = new HashMap<>();
        ranked.forEach(r -> scores.put(r.id(), r.score()));
        SourceRules rules = sources.get();
        try (PreparedStatement st = connection.prepareStatement(ARTICLES.replace("{ids}", ids))) {
            bindIds(st, ranked, 1);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String title = rs.getString(2);
                    String path = rs.getString(6);
                    List<String> candidates = new ArrayList<>(texts.getOrDefault(id, List.of()));
                    candidates.add(title);
                    SnippetMaker.Found found = snippets.find(candidates, clauses);
                    Set<String> copies = new TreeSet<>(files.getOrDefault(id, Set.of()));
                    copies.remove(path);
                    String outlet = rules.resolve(new SourceFacts(path, rs.getString(5),
                            NamedOutlet.stored(rs.getString(4), rs.getString(7)), title)).outlet();
                    byId.put(id, new SearchHit(id, path, title, published(rs.getString(3)), outlet,
                            rs.getString(5), scores.get(id), found.snippet(), List.copyOf(copies),
                            Matched.line(clauses, found.found())));
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

    /**
     * Every file path of each hit's family (its original and the near-copies pointing at it), by hit id. A hit is
     * a family's best member; the family is named by the original's id, which the page's query gave.
     */
    private static Map<Long, Set<String>> copies(Connection connection, List<Ranked> ranked) throws SQLException {
        List<Long> families = List.copyOf(new LinkedHashSet<>(ranked.stream().map(Ranked::family).toList()));
        String marks = String.join(", ", Collections.nCopies(families.size(), "?"));
        Map<Long, Set<String>> byFamily = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement(COPIES.replace("{families}", marks))) {
            for (int i = 0; i < families.size(); i++) {
                st.setLong(i + 1, families.get(i));
                st.setLong(families.size() + i + 1, families.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    byFamily.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
                }
            }
        }
        Map<Long, Set<String>> out = new HashMap<>();
        ranked.forEach(r -> out.put(r.id(), byFamily.getOrDefault(r.family(), Set.of())));
        return out;
    }

    private static void bindIds(PreparedStatement st, List<Ranked> ranked, int from) throws SQLException {
        for (int i = 0; i < ranked.size(); i++) {
            st.setLong(from + i, ranked.get(i).id());
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
