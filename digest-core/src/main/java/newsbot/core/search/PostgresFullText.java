package newsbot.core.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Search on PostgreSQL: the same analyser terms as FTS5 ({@link TsVector}) matched by a {@code tsquery} (phrases as
 * {@code <->} chains, alternatives {@code |}, clauses {@code &}, exclusions {@code & !}), through the GIN index.
 * Ranked by BM25 as FTS5's {@code bm25()} computes it, over the same terms: each phrase of the query (every
 * {@code <->} chain or single term, read back from the tsquery's text) has its IDF from how many rows of the index
 * hold it, its frequency in a row is its title hits times the title's weight plus its body hits times the body's
 * ({@code ts_rank_cd} without normalisation counts exactly that), and the row's length is its number of terms
 * (column {@code terms}) against the index's mean. What follows (the on-topic boost, ties within 5% with the newer
 * first, one result per family) is SQLite's, in the same words.
 */
final class PostgresFullText {
    /** A phrase in a tsquery's text: a quoted lexeme, or a chain of them joined by {@code <->}. */
    private static final String PHRASE = "'(?:[^']|'')*'(?:\\s*<->\\s*'(?:[^']|'')*')*";

    /**
     * The query {@code q}, the weights {@code w}, the index's size and mean length {@code st}, and each phrase with
     * its IDF {@code idf} (FTS5's: ln((N - n + 0.5) / (n + 0.5)), at least 1e-6); the weights of the title and the body
     * are the template's arguments {@code title} and {@code body}. Materialized: computed once per search, not per row.
     */
    private static String bm25Inputs(int title, int body) {
        return """
                WITH q AS (SELECT CAST(? AS tsquery) AS query),
                w AS (SELECT CAST(%%%d$s AS float8) AS title, CAST(%%%d$s AS float8) AS body),
                st AS MATERIALIZED (SELECT CAST(count(*) AS float8) AS n, CAST(greatest(avg(terms), 1) AS float8) AS avgdl FROM {t}),
                idf AS MATERIALIZED (
                    SELECT p.phrase, greatest(ln((st.n - d.n + 0.5) / (d.n + 0.5)), 1e-6) AS idf
                    FROM st, (SELECT CAST(m[1] AS tsquery) AS phrase
                              FROM q, regexp_matches(CAST(q.query AS text), '%s', 'g') AS m) p,
                         LATERAL (SELECT count(*) AS n FROM {t} WHERE doc @@ p.phrase) d
                )
                """.formatted(title, body, PHRASE.replace("'", "''"));
    }

    /** BM25 (k1 = 1.2, b = 0.75) of index row {@code s} over the phrases of {@code idf}. */
    private static final String BM25 = """
            coalesce((SELECT sum(i.idf * f.f * 2.2 / (f.f + 1.2 * (0.25 + 0.75 * s.terms / st.avgdl)))
                      FROM idf i CROSS JOIN LATERAL (SELECT w.title * ts_rank_cd(
                          CAST(ARRAY[w.body / w.title, 0, 0, 1] AS real[]), s.doc, i.phrase, 0) AS f) f), 0)""";

    static final FullText SQL = new FullText(bm25Inputs(1, 2) + """
            , hits AS (
                SELECT a.id AS id, coalesce(a.canonical_id, a.id) AS family,
                       %s * (1 + a.relevant * %%3$s) AS score, a.sort_time AS sort_time
                FROM {t} s JOIN articles a ON a.id = s.id, q, w, st
                WHERE s.doc @@ q.query AND s.id >= ? AND a.removed_at IS NULL %%4$s
            ), ranked AS (
                SELECT id, family, max(score) OVER (PARTITION BY family) AS score, sort_time,
                       row_number() OVER (PARTITION BY family ORDER BY (id = family) DESC, score DESC, id DESC) AS nth
                FROM hits
            )
            SELECT id, score, count(*) OVER (), sort_time, family FROM ranked
            WHERE nth = 1 %%5$s
            ORDER BY trunc(ln(greatest(score, 1e-9)) / ln(%%6$s)) DESC, sort_time DESC, score DESC, id DESC
            LIMIT ? OFFSET ?""".formatted(BM25), """
            AND family NOT IN (SELECT coalesce(x.canonical_id, x.id) FROM {t} g JOIN articles x ON x.id = g.id
                               WHERE g.doc @@ CAST(? AS tsquery) AND g.id >= ?)""", bm25Inputs(2, 3) + """
            SELECT a.id, a.seq FROM {t} s JOIN articles a ON a.id = s.id, q, w, st
            WHERE s.doc @@ q.query AND s.id >= ? AND a.removed_at IS NULL %%1$s
            ORDER BY %s DESC LIMIT %%4$d""".formatted(BM25),
            """
            SELECT a.id, a.title || chr(10) || coalesce((SELECT string_agg(body, chr(10) ORDER BY ordinal)
                                                         FROM article_sections WHERE article_id = a.id), '')
            FROM articles a WHERE a.id IN ({ids})""",
            "SELECT id FROM {t} WHERE doc @@ CAST(? AS tsquery) ORDER BY id DESC LIMIT 1 OFFSET ?",
            "SELECT 1 FROM " + SearchIndex.ALL + " WHERE doc @@ CAST(? AS tsquery) LIMIT 1",
            new TsQuery());

    private PostgresFullText() {
    }

    /** {@link MatchExpression}'s choices (which alternatives are needed) in tsquery's words. */
    private static final class TsQuery implements FullText.Syntax {
        @Override
        public String required(ParsedQuery query) {
            return query.required().stream().map(this::clause).collect(Collectors.joining(" & "));
        }

        @Override
        public String excluded(ParsedQuery query) {
            return query.excluded().stream().map(this::clause).collect(Collectors.joining(" | "));
        }

        @Override
        public String anyOf(List<Phrase> phrases) {
            return phrases.stream().map(this::phrase).distinct().collect(Collectors.joining(" | ", "(", ")"));
        }

        @Override
        public String and(String a, String b) {
            return "(" + a + ") & (" + b + ")";
        }

        @Override
        public String andNot(String a, String b) {
            return "(" + a + ") & !(" + b + ")";
        }

        @Override
        public String phrase(Phrase phrase) {
            List<String> terms = phrase.terms().stream().flatMap(t -> TsVector.terms(t).stream()).toList();
            if (terms.isEmpty()) {
                return "''"; // matches nothing, as an FTS5 phrase of separators does
            }
            return terms.stream().map(TsVector::quote).collect(Collectors.joining(" <-> ", "(", ")"));
        }

        private String clause(Clause clause) {
            return anyOf(MatchExpression.needed(clause.alternatives()));
        }
    }
}
