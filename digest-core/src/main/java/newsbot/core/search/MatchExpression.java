package newsbot.core.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a parsed query as an FTS5 MATCH expression. Every phrase becomes an FTS5 string made
 * only of analyzer terms, so no user text ever reaches FTS5 syntax.
 */
final class MatchExpression {

    private MatchExpression() {
    }

    static String of(ParsedQuery query) {
        String required = query.required().stream()
                .map(MatchExpression::clause)
                .collect(Collectors.joining(" AND "));
        List<Clause> excluded = query.excluded();
        if (excluded.isEmpty()) {
            return required;
        }
        String none = excluded.stream()
                .map(MatchExpression::clause)
                .collect(Collectors.joining(" OR "));
        return "(" + required + ") NOT (" + none + ")";
    }

    private static String clause(Clause clause) {
        if (clause.alternatives().size() == 1) {
            return phrase(clause.alternatives().get(0));
        }
        return clause.alternatives().stream()
                .map(MatchExpression::phrase)
                .collect(Collectors.joining(" OR ", "(", ")"));
    }

    /** An FTS5 string: double quotes inside are doubled, everything else is literal. */
    static String phrase(Phrase phrase) {
        return '"' + String.join(" ", phrase.terms()).replace("\"", "\"\"") + '"';
    }
}
