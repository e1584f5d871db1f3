package newsbot.bot.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Packs units (a header, a story, a search hit) into as few messages as possible, in order,
 * never splitting a unit. Callers shrink each unit beforehand so that it fits alone; a unit
 * that still does not fit gets a message of its own rather than being lost.
 */
final class GreedyPacker {
    private GreedyPacker() {
    }

    static <T> List<List<T>> pack(List<T> units, Predicate<List<T>> fits) {
        List<List<T>> messages = new ArrayList<>();
        List<T> current = new ArrayList<>();
        for (T unit : units) {
            current.add(unit);
            if (current.size() > 1 && !fits.test(current)) {
                current.remove(current.size() - 1);
                messages.add(List.copyOf(current));
                current = new ArrayList<>();
                current.add(unit);
            }
        }
        if (!current.isEmpty()) {
            messages.add(List.copyOf(current));
        }
        return messages;
    }
}
