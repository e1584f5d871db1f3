package newsbot.core.search;

import java.util.List;

/**
 * A query reduced to analyzed terms: all required clauses must match and no excluded one.
 *
 * @param clauses at least one of them not excluded
 * @param notes   what the parser changed or ignored, for the person who typed the query
 */
record ParsedQuery(List<Clause> clauses, List<String> notes) {

    ParsedQuery {
        clauses = List.copyOf(clauses);
        notes = List.copyOf(notes);
        if (clauses.stream().allMatch(Clause::excluded)) {
            throw new IllegalArgumentException("a query needs a clause that is not excluded");
        }
    }

    List<Clause> required() {
        return clauses.stream().filter(c -> !c.excluded()).toList();
    }

    List<Clause> excluded() {
        return clauses.stream().filter(Clause::excluded).toList();
    }
}
