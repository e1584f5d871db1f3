package newsbot.core.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One condition of a query: any of its alternative phrases (a term, its aliases, the sides of an OR) must match,
 * or, when excluded, none may.
 *
 * @param typed        what the person typed for it, as typed ("Austen", "hotline", "Dong Jun")
 * @param label        what it was read as: the concept it names ("Lloyd Austin"), "" when searched as typed
 * @param corrected    the known name searched for a misspelled one ("Austin" for "Austen"), "" when none
 * @param written      for alternatives that came from a name, that name as written (热线, 奥斯汀)
 * @param guarded      alternatives that are Chinese names of persons: an occurrence inside a longer name
 *                     (米利 in 米利厄斯, 布朗 in 杰里·布朗) does not count
 * @param falseFriends text that holds an alternative but means something else (客服热线, 布朗族), by its phrase
 * @param needsContext alternatives that count only with context (卡尔 for Colin Kahl): see {@link Concept#needsContext}
 */
record Clause(String typed, List<Phrase> alternatives, boolean excluded, String label, String corrected,
              Map<Phrase, String> written, Set<Phrase> guarded, Map<Phrase, String> falseFriends,
              Set<Phrase> needsContext) {

    /** Separates the labels of several concepts one clause names. */
    static final String LABEL_SEPARATOR = " / ";

    Clause {
        alternatives = List.copyOf(alternatives);
        written = Map.copyOf(written);
        guarded = Set.copyOf(guarded);
        falseFriends = Map.copyOf(falseFriends);
        needsContext = Set.copyOf(needsContext);
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("a clause needs at least one phrase");
        }
    }

    /** A clause of plain phrases: nothing to name, guard or correct. */
    Clause(List<Phrase> alternatives, boolean excluded) {
        this("", alternatives, excluded, "", "", Map.of(), Set.of(), Map.of(), Set.of());
    }

    /** The labels of the concepts it names. */
    Set<String> labels() {
        return label.isEmpty() ? Set.of() : Set.of(label.split(LABEL_SEPARATOR));
    }

    /** The name an alternative was written as: its name, or what was typed for the first alternative. */
    String nameOf(Phrase p) {
        String name = written.get(p);
        return name == null && !alternatives.isEmpty() && alternatives.get(0).equals(p) && !typed.isEmpty() ? typed : name;
    }

    /** Alternatives that may match where they mean something else: guarded ones and those inside a false friend. */
    boolean isRisky(Phrase p) {
        if (guarded.contains(p) || needsContext.contains(p)) {
            return true;
        }
        for (Phrase f : falseFriends.keySet()) {
            if (java.util.Collections.indexOfSubList(f.terms(), p.terms()) >= 0) {
                return true;
            }
        }
        return false;
    }
}
