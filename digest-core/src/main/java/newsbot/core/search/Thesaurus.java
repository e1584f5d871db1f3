package newsbot.core.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every name search knows, by {@link NameKey}: what a typed word or run of words names, the known name a
 * misspelling most likely meant, and the names and terms nearest to a word that found nothing. Immutable and
 * thread-safe; the topic and its glossary build one (see {@code newsbot.core.topic.SearchVocabulary}).
 */
public final class Thesaurus {

    public static final Thesaurus EMPTY = new Thesaurus(List.of(), 0);
    /** How near a vouching name must stand to an ambiguous one when the topic does not say (its default too). */
    public static final int DEFAULT_CONTEXT_WINDOW = 60;

    /** Misspellings of names this long or longer are corrected; shorter ones are too easily another word. */
    static final int MIN_CORRECTED_LETTERS = 5;
    /** Names up to this long are corrected from one edit away, longer ones from two. */
    static final int ONE_EDIT_LETTERS = 7;
    private static final int MAX_SUGGESTIONS = 3;

    /** A known name and what it names, as a misspelling's correction or a suggestion. */
    record Near(Concept concept, String name, int distance) {
    }

    /** A Latin-script name: its key and where it came from. */
    private record Written(String key, String name, Concept concept) {
    }

    private final List<Concept> concepts;
    private final Map<String, List<Concept>> byKey;
    private final List<Written> latin;
    private final int contextWindow;

    private Thesaurus(List<Concept> concepts, int contextWindow) {
        this.concepts = List.copyOf(concepts);
        this.contextWindow = contextWindow;
        Map<String, List<Concept>> keys = new HashMap<>();
        Map<String, Written> written = new LinkedHashMap<>();
        for (Concept c : concepts) {
            for (String name : c.names()) {
                String key = NameKey.of(name);
                if (key.isEmpty()) {
                    continue;
                }
                List<Concept> owners = keys.computeIfAbsent(key, k -> new ArrayList<>());
                if (!owners.contains(c)) {
                    owners.add(c);
                }
                if (NameKey.isLatin(key)) {
                    written.putIfAbsent(key + "\u0000" + c.label(), new Written(NameKey.letters(key), name, c));
                }
            }
        }
        keys.replaceAll((k, v) -> List.copyOf(v));
        this.byKey = Map.copyOf(keys);
        this.latin = List.copyOf(written.values());
    }

    public static Thesaurus of(List<Concept> concepts) {
        return new Thesaurus(concepts, DEFAULT_CONTEXT_WINDOW);
    }

    /** @param contextWindow how near (in characters) a vouching name must stand to an ambiguous one */
    public static Thesaurus of(List<Concept> concepts, int contextWindow) {
        return new Thesaurus(concepts, contextWindow);
    }

    /** How near (in characters) a vouching name must stand to an ambiguous one. */
    int contextWindow() {
        return contextWindow;
    }

    /** Every concept, as given. */
    public List<Concept> concepts() {
        return concepts;
    }

    /** The concepts one of whose names is {@code typed}, ignoring case, spacing, hyphens, dots and diacritics. */
    List<Concept> lookup(String typed) {
        String key = NameKey.of(typed);
        return key.isEmpty() ? List.of() : byKey.getOrDefault(key, List.of());
    }

    /**
     * Every name of what {@code typed} names, as search reads a query: the concepts one of whose names it is, else
     * the person or place it most likely misspells (see {@link #correction}); empty when it names nothing known.
     */
    public List<List<String>> namesOf(String typed) {
        List<Concept> found = lookup(typed);
        if (found.isEmpty()) {
            found = correction(typed).map(n -> List.of(n.concept())).orElse(List.of());
        }
        return found.stream().map(Concept::names).toList();
    }

    /**
     * The person, place or named thing {@code typed} most likely misspells: its key within one edit (names of up to
     * {@value #ONE_EDIT_LETTERS} letters) or two (longer ones), at least {@value #MIN_CORRECTED_LETTERS} letters, and
     * no other concept as near. Empty when {@code typed} is itself a known name.
     */
    Optional<Near> correction(String typed) {
        String key = NameKey.letters(NameKey.of(typed));
        if (!NameKey.isLatin(key) || key.length() < MIN_CORRECTED_LETTERS || !lookup(typed).isEmpty()) {
            return Optional.empty();
        }
        List<Near> nearest = nearest(key, key.length() <= ONE_EDIT_LETTERS ? 1 : 2, true);
        Set<Concept> owners = new LinkedHashSet<>();
        nearest.stream().filter(n -> n.distance() == nearest.get(0).distance()).forEach(n -> owners.add(n.concept()));
        return owners.size() == 1 ? Optional.of(nearest.get(0)) : Optional.empty();
    }

    /** Up to three known names or terms near {@code typed} (two edits at most, one for short words), nearest first. */
    List<Near> suggestions(String typed) {
        String key = NameKey.letters(NameKey.of(typed));
        if (!NameKey.isLatin(key) || key.length() < 4) {
            return List.of();
        }
        List<Near> out = new ArrayList<>();
        Set<Concept> seen = new LinkedHashSet<>();
        for (Near n : nearest(key, key.length() <= 5 ? 1 : 2, false)) {
            if (seen.add(n.concept()) && out.size() < MAX_SUGGESTIONS) {
                out.add(n);
            }
        }
        return out;
    }

    private List<Near> nearest(String key, int limit, boolean namesOnly) {
        List<Near> found = new ArrayList<>();
        for (Written w : latin) {
            if (namesOnly && !w.concept().isName() || w.key().length() < 4) {
                continue;
            }
            int d = EditDistance.within(key, w.key(), limit);
            if (d <= limit && d > 0) {
                found.add(new Near(w.concept(), w.name(), d));
            }
        }
        found.sort(Comparator.comparingInt(Near::distance)
                .thenComparingInt(n -> Math.abs(NameKey.letters(NameKey.of(n.name())).length() - key.length())));
        return found;
    }
}
