package newsbot.core.search;

import java.util.List;

/**
 * One condition of a query: any of its alternative phrases (a term, its aliases, the sides of
 * an OR) must match, or, when excluded, none may.
 */
record Clause(List<Phrase> alternatives, boolean excluded) {

    Clause {
        alternatives = List.copyOf(alternatives);
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("a clause needs at least one phrase");
        }
    }
}
