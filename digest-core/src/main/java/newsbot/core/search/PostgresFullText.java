package newsbot.core.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Search on PostgreSQL: the same analyser terms as FTS5 ({@link TsVector}) matched by a {@code tsquery} (phrases as
 * {@code <->} chains, alternatives {@code |}, clauses {@code &}, exclusions {@code & !}), through the GIN index.
 * Ranked by {@code ts_rank} of the title (weight A) and of the body (D), weighted as on SQLite, not normalised by
 * length; what follows (the on-topic boost, ties within 5% with the newer first, one result per family)
 * is SQLite's, in the same words.
 */
final class PostgresFullText {
    /** The score of an index row {@code s} for the query {@code q.query}; two %s: the title's and the body's weight. */
    private static final String SCORE = "(%s * ts_rank('{0, 0, 0, 1}', s.doc, q.query)"
            + " + %s * ts_rank('{1, 0, 0, 0}', s.doc, q.query))";

    static final FullText SQL = new FullText("""
            WITH hits AS (
                SELECT a.id AS id, coalesce(a.canonical_id, a.id) AS family,
                       %s * (1 + a.relevant * %%s) AS score, a.sort_time AS sort_time
                FROM {t} s JOIN articles a ON a.id = s.id, (SELECT CAST(? AS tsquery) AS query) q
                WHERE s.doc @@ q.query AND s.id >= ? AND a.removed_at IS NULL %%s
            ), ranked AS (
                SELECT id, family, max(score) OVER (PARTITION BY family) AS score, sort_time,
                       row_number() OVER (PARTITION BY family ORDER BY (id = family) DESC, score DESC, id DESC) AS nth
                FROM hits
            )
            SELECT id, score, count(*) OVER (), sort_time FROM ranked
            WHERE nth = 1 %%s
            ORDER BY trunc(ln(greatest(score, 1e-9)) / ln(%%s)) DESC, sort_time DESC, score DESC, id DESC
            LIMIT ? OFFSET ?""".formatted(SCORE), """
            AND family NOT IN (SELECT coalesce(x.canonical_id, x.id) FROM {t} g JOIN articles x ON x.id = g.id
                               WHERE g.doc @@ CAST(? AS tsquery) AND g.id >= ?)""", """
            SELECT a.id, a.seq FROM {t} s JOIN articles a ON a.id = s.id, (SELECT CAST(? AS tsquery) AS query) q
            WHERE s.doc @@ q.query AND s.id >= ? AND a.removed_at IS NULL %%s
            ORDER BY %s DESC LIMIT %%d""".formatted(SCORE), """
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
