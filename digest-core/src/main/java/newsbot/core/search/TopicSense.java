package newsbot.core.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether an article is written in the topic's world: how many distinct things the topic and its glossary know
 * (people, offices, places, mechanisms, terms) its title and leads name. A hotline between militaries comes with
 * defence ministers and talks, a customer-service hotline with none of them; so does a video call between chiefs of
 * staff against a FaceTime scam. The factor an article's score is multiplied by grows with that count up to
 * {@value #SATURATION} things, to 1 + {@value #BOOST}. The things the query itself names are not counted. Immutable
 * and thread-safe.
 */
final class TopicSense {
    static final double BOOST = 1.0;
    static final int SATURATION = 10;
    /** Latin names shorter than this are too often part of other words or other things (US, AI). */
    private static final int MIN_LATIN = 4;

    /** A name to look for, of the concept at this index. */
    private record Name(String text, int concept) {
    }

    /** Names by their first two chars (Latin ones lower-cased): one map lookup per position of a text. */
    private final Map<Integer, List<Name>> byStart = new HashMap<>();
    private final Map<String, Integer> byLabel = new HashMap<>();

    TopicSense(List<Concept> concepts) {
        for (int i = 0; i < concepts.size(); i++) {
            Concept c = concepts.get(i);
            byLabel.putIfAbsent(c.label(), i);
            for (String n : c.names()) {
                String name = n.strip();
                boolean han = Probes.isHan(name.isEmpty() ? 'a' : name.charAt(0));
                if (name.length() < 2 || !han && name.length() < MIN_LATIN) {
                    continue;
                }
                String text = han ? name : name.toLowerCase(Locale.ROOT);
                byStart.computeIfAbsent(key(text, 0), k -> new ArrayList<>()).add(new Name(text, i));
            }
        }
    }

    /**
     * The concepts an article's title and leads name, by index, ascending: what {@link #factor} counts, the same for
     * every query, so an article's can be kept ({@link ArticleSenses}).
     *
     * @param title the article's title
     * @param leads the start of each of its sections
     */
    int[] found(String title, List<String> leads) {
        Set<Integer> seen = new HashSet<>();
        collect(title, seen);
        for (String lead : leads) {
            collect(lead, seen);
        }
        return seen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /**
     * @param found   what {@link #found} gave for the article
     * @param clauses the query's required clauses: the concepts they name are not counted
     */
    double factor(int[] found, List<Clause> clauses) {
        Set<Integer> own = new HashSet<>();
        for (Clause c : clauses) {
            Integer i = byLabel.get(c.label());
            if (i != null) {
                own.add(i);
            }
        }
        int count = 0;
        for (int concept : found) {
            count += own.contains(concept) ? 0 : 1;
        }
        return 1 + BOOST * Math.min(count, SATURATION) / SATURATION;
    }

    /** {@link #factor(int[], List)} of what {@link #found} finds in this title and these leads. */
    double factor(String title, List<String> leads, List<Clause> clauses) {
        return factor(found(title, leads), clauses);
    }

    private void collect(String original, Set<Integer> seen) {
        String text = original.toLowerCase(Locale.ROOT);
        for (int at = 0; at + 1 < text.length(); at++) {
            List<Name> names = byStart.get(key(text, at));
            if (names == null) {
                continue;
            }
            boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            for (Name n : names) {
                if (!seen.contains(n.concept()) && text.startsWith(n.text(), at)
                        && (wordStart || Probes.isHan(n.text().charAt(0)))) {
                    seen.add(n.concept());
                }
            }
        }
    }

    private static int key(String text, int at) {
        return text.charAt(at) << 16 | text.charAt(at + 1);
    }
}
