package newsbot.core.search;

import java.util.List;

/**
 * What searching says in one engine's SQL: the statements {@link SearchEngine} runs against the full-text index
 * (templates with {@code {t}} for the index table and the same {@code %s} slots, in the same order), and how a
 * parsed query is written as that engine's match expression. SQLite's FTS5 is {@link SearchEngine#FTS5},
 * PostgreSQL's tsvector {@link PostgresFullText#SQL}: a change to one is made to the other, and the store tests run
 * on both.
 */
record FullText(String page, String gone, String risky, String texts, String oldestRanked, String anyArticle,
                Syntax syntax) {

    /** A parsed query as a match expression. */
    interface Syntax {
        /** Every required clause. */
        String required(ParsedQuery query);

        /** Any excluded clause; "" when there is none. */
        String excluded(ParsedQuery query);

        /** Any one of {@code phrases}. */
        String anyOf(List<Phrase> phrases);

        /** Both expressions. */
        String and(String a, String b);

        /** {@code a} but not {@code b}. */
        String andNot(String a, String b);

        /** One phrase. */
        String phrase(Phrase phrase);
    }
}
