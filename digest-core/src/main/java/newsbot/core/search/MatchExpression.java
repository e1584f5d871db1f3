package newsbot.core.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a parsed query as an FTS5 MATCH expression. Every phrase becomes an FTS5 string made
 * only of analyzer terms, so no user text ever reaches FTS5 syntax.
 *
 * <p>An alternative that contains another one of its clause (劳埃德·奥斯汀 beside 奥斯汀, "Lloyd
 * Austin" beside Austin) is left out: it matches no article the shorter one misses, and would count
 * the same words twice in the ranking. Names expand to many such phrases, and each costs bm25 time
 * on every match. Snippets still mark the longer names.
 */
final class MatchExpression {

    private MatchExpression() {
    }

    static String of(ParsedQuery query) {
        String required = required(query);
        return query.excluded().isEmpty() ? required : "(" + required + ") NOT (" + excluded(query) + ")";
    }

    /** What every result must match: all required clauses. */
    static String required(ParsedQuery query) {
        return query.required().stream()
                .map(MatchExpression::clause)
                .collect(Collectors.joining(" AND "));
    }

    /** What no result's article (nor any copy of it) may match: any excluded clause; "" when there is none. */
    static String excluded(ParsedQuery query) {
        return query.excluded().stream()
                .map(MatchExpression::clause)
                .collect(Collectors.joining(" OR "));
    }

    /** Any one of {@code phrases}. */
    static String anyOf(List<Phrase> phrases) {
        return phrases.stream().map(MatchExpression::phrase).distinct().collect(Collectors.joining(" OR "));
    }

    private static String clause(Clause clause) {
        List<Phrase> needed = needed(clause.alternatives());
        if (needed.size() == 1) {
            return phrase(needed.get(0));
        }
        return needed.stream()
                .map(MatchExpression::phrase)
                .collect(Collectors.joining(" OR ", "(", ")"));
    }

    /** The alternatives, in order, without those that contain another (and without repeats). */
    static List<Phrase> needed(List<Phrase> alternatives) {
        List<Phrase> out = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            List<String> terms = alternatives.get(i).terms();
            boolean redundant = false;
            for (int j = 0; j < alternatives.size() && !redundant; j++) {
                List<String> other = alternatives.get(j).terms();
                boolean same = other.equals(terms);
                redundant = same ? j < i : Collections.indexOfSubList(terms, other) >= 0;
            }
            if (!redundant) {
                out.add(alternatives.get(i));
            }
        }
        return out;
    }

    /** An FTS5 string: double quotes inside are doubled, everything else is literal. */
    static String phrase(Phrase phrase) {
        return '"' + String.join(" ", phrase.terms()).replace("\"", "\"\"") + '"';
    }
}
