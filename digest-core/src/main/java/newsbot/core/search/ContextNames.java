package newsbot.core.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names that vouch for a person's ambiguous name near it, as the topic's ambiguity rule reads them: its entities
 * and the terms of its context groups (美国防部副部长卡尔, 卡尔与中方通话). 卡尔 in 卡尔美 or 扎卡尔帕蒂亚 has none of them
 * near. Immutable and thread-safe.
 */
final class ContextNames {
    static final ContextNames NONE = new ContextNames(List.of(), 0);
    /** Latin names shorter than this are too often part of other words (US, AI). */
    private static final int MIN_LATIN = 4;

    /** A vouching name, folded as {@link NameGuard#fold} folds a text, and the label of its concept. */
    private record Name(String text, String label) {
    }

    /** Names by their first two characters: one map lookup per position of a window. */
    private final Map<String, List<Name>> byStart = new HashMap<>();
    private final int window;

    /**
     * @param concepts every concept; those that vouch give their names
     * @param window   how near (in characters) a vouching name must stand
     */
    ContextNames(List<Concept> concepts, int window) {
        this.window = window;
        for (Concept c : concepts) {
            if (!c.vouches()) {
                continue;
            }
            for (String n : c.names()) {
                String name = NameGuard.fold(n.strip());
                boolean han = !name.isEmpty() && Probes.isHan(name.charAt(0));
                if (name.length() >= 2 && (han || name.length() >= MIN_LATIN)) {
                    byStart.computeIfAbsent(name.substring(0, 2), k -> new ArrayList<>()).add(new Name(name, c.label()));
                }
            }
        }
    }

    /**
     * Whether a name of a concept other than {@code own} stands within the window of [start, end) of the folded text.
     */
    boolean near(String folded, int start, int end, Set<String> own) {
        int from = Math.max(0, start - window);
        int to = Math.min(folded.length(), end + window);
        for (int at = from; at + 1 < to; at++) {
            List<Name> names = byStart.get(folded.substring(at, at + 2));
            if (names == null) {
                continue;
            }
            for (Name n : names) {
                int stop = at + n.text().length();
                if (!own.contains(n.label()) && stop <= to && folded.startsWith(n.text(), at)
                        && (stop <= start || at >= end) && wordBounded(folded, at, stop, n.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A Latin name stands as a word (Pentagon, not Pentagonal); a Chinese one anywhere. */
    private static boolean wordBounded(String t, int at, int stop, String name) {
        if (Probes.isHan(name.charAt(0))) {
            return true;
        }
        return (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)))
                && (stop >= t.length() || !Character.isLetterOrDigit(t.charAt(stop)));
    }
}
