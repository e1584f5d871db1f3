package newsbot.core.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Why a hit matched, in a line: each required clause as typed, then what of it the article holds when that is
 * not what was typed: {@code "hotline: 热线"}, {@code "Austen → Austin: 奥斯汀"}, {@code "talks"}.
 */
final class Matched {
    private static final int MAX_NAMES = 3;

    private Matched() {
    }

    static String line(List<Clause> clauses, List<Set<Phrase>> found) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            StringBuilder part = new StringBuilder(c.typed().isEmpty() ? "?" : c.typed());
            if (!c.corrected().isEmpty()) {
                part.append(" → ").append(c.corrected());
            }
            Set<String> names = new LinkedHashSet<>();
            for (Phrase p : found.get(i)) {
                String name = c.written().get(p);
                if (name != null && names.size() < MAX_NAMES) {
                    names.add(name);
                }
            }
            if (!names.isEmpty()) {
                part.append(": ").append(String.join(", ", names));
            }
            parts.add(part.toString());
        }
        return String.join("; ", parts);
    }
}
