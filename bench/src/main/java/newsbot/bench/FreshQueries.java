package newsbot.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import newsbot.core.Digests;

/**
 * Names the topic and its glossary know (people, places, offices, terms; Chinese and English), each once, in a fixed
 * shuffled order: what readers would type, none of them searched before in the process, so no kept page is reused.
 */
final class FreshQueries {
    private FreshQueries() {
    }

    /** The first {@code count} of them, leaving out {@code asked}. */
    static List<String> of(Digests digests, int count, Collection<String> asked) {
        List<String> names = new ArrayList<>(new TreeSet<>(digests.topic().thesaurus().concepts().stream()
                .flatMap(c -> c.names().stream()).map(String::strip).filter(n -> n.length() >= 2)
                .filter(n -> !asked.contains(n)).toList()));
        Collections.shuffle(names, new Random(14));
        if (names.size() < count) {
            throw new IllegalArgumentException(count + " distinct names wanted, the topic has " + names.size());
        }
        return List.copyOf(names.subList(0, count));
    }
}
