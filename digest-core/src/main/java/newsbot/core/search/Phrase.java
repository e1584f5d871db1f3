package newsbot.core.search;

import java.util.List;

/** Consecutive analyzed terms that must appear in this order, next to each other. */
record Phrase(List<String> terms) {

    Phrase {
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a phrase needs at least one term");
        }
    }
}
