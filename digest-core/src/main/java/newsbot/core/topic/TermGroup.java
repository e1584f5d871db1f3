package newsbot.core.topic;

import java.util.List;

/** A named list of terms, e.g. "communication" = call, talks, 通话, 会晤 ... */
record TermGroup(String name, List<Term> terms) {
    TermGroup {
        terms = List.copyOf(terms);
    }
}
