package newsbot.core.story;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The articles and stories in memory while {@link StoryBuilder} groups new articles. */
final class Grouping {
    /** Titles shorter than this (letters and digits) are too generic to say two articles are one. */
    private static final int MIN_TITLE_CHARS = 8;
    private static final int MAX_ACTORS = 3;
    private static final double SAME_TITLE_SIMILARITY = 0.5;
    /** Two titles on the same day need less in common: title-only files name no actors to compare. */
    private static final double SAME_DAY_TITLE_SIMILARITY = 0.4;

    private final List<Item> ungrouped = new ArrayList<>();
    private final List<Map<Integer, List<Item>>> bands = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(),
            new HashMap<>());
    private final Map<String, Item> byTitle = new HashMap<>();
    private final List<StoryRef> stories = new ArrayList<>();
    private final Map<Long, StoryRef> storiesById = new HashMap<>();

    static Grouping load(Connection c, Set<String> personIds) throws SQLException {
        Grouping g = new Grouping();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, event_date, actors, headline FROM stories ORDER BY id")) {
            while (rs.next()) {
                StoryRef s = new StoryRef(rs.getLong(1), LocalDate.parse(rs.getString(2)), words(rs.getString(3)));
                s.titles.add(bigrams(normalize(rs.getString(4))));
                g.stories.add(s);
                g.storiesById.put(s.id, s);
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT id, seq, title, languages, simhash, canonical_id, story_id, grouped, relevant, published,
                       sort_time, entities
                FROM articles WHERE removed_at IS NULL ORDER BY seq""")) {
            while (rs.next()) {
                Item a = new Item();
                a.id = rs.getLong(1);
                a.seq = rs.getLong(2);
                a.title = rs.getString(3);
                a.language = rs.getString(4).split(",")[0];
                long simhash = rs.getLong(5);
                a.simhash = rs.wasNull() ? null : simhash;
                long canonical = rs.getLong(6);
                a.canonical = rs.wasNull() ? null : canonical;
                long story = rs.getLong(7);
                a.story = rs.wasNull() ? null : story;
                boolean grouped = rs.getInt(8) != 0;
                a.relevant = rs.getInt(9) != 0;
                a.date = StoryBuilder.dateOf(rs.getString(10), rs.getLong(11));
                a.normalizedTitle = normalize(a.title);
                a.actors = actors(words(rs.getString(12)), personIds);
                if (grouped) {
                    g.markGrouped(a);
                } else {
                    g.ungrouped.add(a);
                }
            }
        }
        return g;
    }

    List<Item> ungrouped() {
        return ungrouped;
    }

    /** Makes a grouped article findable as the original of later copies. */
    void markGrouped(Item a) {
        if (a.canonical != null) {
            return; // copies point at the original; only originals are matched against
        }
        if (a.simhash != null) {
            for (int b = 0; b < 4; b++) {
                bands.get(b).computeIfAbsent(band(a.simhash, b), k -> new ArrayList<>()).add(a);
            }
        }
        if (a.normalizedTitle.length() >= MIN_TITLE_CHARS) {
            byTitle.putIfAbsent(a.language + ":" + a.normalizedTitle, a);
        }
        StoryRef s = a.story == null ? null : storiesById.get(a.story);
        if (s != null) {
            s.titles.add(bigrams(a.normalizedTitle));
        }
    }

    /**
     * The earlier article {@code a} repeats: the same text republished (SimHash within 3 bits;
     * any two within 3 bits share one of four 16-bit bands) or the same title but for punctuation.
     */
    Item nearDuplicateOf(Item a) {
        if (a.simhash != null) {
            for (int b = 0; b < 4; b++) {
                for (Item o : bands.get(b).getOrDefault(band(a.simhash, b), List.of())) {
                    if (SimHash.nearDuplicates(a.simhash, o.simhash)) {
                        return o;
                    }
                }
            }
        }
        if (a.normalizedTitle.length() >= MIN_TITLE_CHARS) {
            return byTitle.get(a.language + ":" + a.normalizedTitle);
        }
        return null;
    }

    /** The story reporting the same event, if any. */
    StoryRef sameEvent(Item a) {
        StoryRef best = null;
        int bestShared = 0;
        long bestGap = Long.MAX_VALUE;
        Set<String> titleGrams = bigrams(a.normalizedTitle);
        for (int i = stories.size() - 1; i >= 0; i--) {
            StoryRef s = stories.get(i);
            long gap = Math.abs(ChronoUnit.DAYS.between(s.date, a.date));
            if (gap > StoryBuilder.SAME_EVENT_DAYS) {
                continue;
            }
            int shared = 0;
            for (String actor : a.actors) {
                if (s.actors.contains(actor)) {
                    shared++;
                }
            }
            boolean sameActors = shared >= 2 || (shared == 1 && (a.actors.size() == 1 || s.actors.size() == 1));
            double needed = gap == 0 ? SAME_DAY_TITLE_SIMILARITY : SAME_TITLE_SIMILARITY;
            boolean sameTitle = s.titles.stream().anyMatch(t -> jaccard(t, titleGrams) >= needed);
            if (!sameActors && !sameTitle) {
                continue;
            }
            int strength = shared + (sameTitle ? 2 : 0);
            if (strength > bestShared || (strength == bestShared && gap < bestGap)) {
                best = s;
                bestShared = strength;
                bestGap = gap;
            }
        }
        return best;
    }

    StoryRef addStory(long id, Item first) {
        StoryRef s = new StoryRef(id, first.date, first.actors);
        stories.add(s);
        storiesById.put(id, s);
        return s;
    }

    private static int band(long hash, int b) {
        return (int) ((hash >>> (16 * b)) & 0xFFFF);
    }

    /** The article's most-mentioned people, at most three. */
    private static List<String> actors(List<String> entities, Set<String> personIds) {
        List<String> out = new ArrayList<>();
        for (String e : entities) {
            if (personIds.contains(e) && out.size() < MAX_ACTORS) {
                out.add(e);
            }
        }
        return out;
    }

    static String normalize(String title) {
        StringBuilder sb = new StringBuilder(title.length());
        title.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    private static List<String> words(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.strip().split(" "));
    }

    /** An article while it is grouped. */
    static final class Item {
        long id;
        long seq;
        String title;
        String language;
        Long simhash;
        Long canonical;
        Long story;
        boolean relevant;
        LocalDate date;
        String normalizedTitle;
        List<String> actors;
    }

    /** A story: its date and the people it is about are those of the article that opened it. */
    static final class StoryRef {
        final long id;
        final LocalDate date;
        final Set<String> actors;
        final List<Set<String>> titles = new ArrayList<>();

        StoryRef(long id, LocalDate date, List<String> actors) {
            this.id = id;
            this.date = date;
            this.actors = new LinkedHashSet<>(actors);
        }
    }
}
