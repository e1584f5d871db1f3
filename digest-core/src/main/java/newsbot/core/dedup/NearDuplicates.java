package newsbot.core.dedup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds near-duplicates into one article with several sources: an article ingested since the last run that
 * repeats an earlier one (SimHash within 3 bits, or the same title but for punctuation, in the same language)
 * points at it through {@code canonical_id}. Works in the caller's transaction; owns the {@code
 * dedup_through_seq} mark, so a rescan that added nothing reads nothing but that mark.
 */
public final class NearDuplicates {
    /** Titles shorter than this (letters and digits) are too generic to say two articles are one. */
    private static final int MIN_TITLE_CHARS = 8;
    static final String MARK = "dedup_through_seq";

    private NearDuplicates() {
    }

    /** @return how many articles were compared */
    public static int fold(Connection c) throws SQLException {
        long through = mark(c);
        long max;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT coalesce(max(seq), 0) FROM articles")) {
            rs.next();
            max = rs.getLong(1);
        }
        if (max <= through) {
            return 0;
        }
        Index index = new Index();
        List<Item> pending = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, seq, title, languages, simhash, canonical_id FROM articles
                WHERE removed_at IS NULL ORDER BY seq""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long simhash = rs.getLong(5);
                Long hash = rs.wasNull() ? null : simhash;
                rs.getLong(6);
                boolean copy = !rs.wasNull();
                Item a = new Item(rs.getLong(1), rs.getString(3), rs.getString(4).split(",")[0], hash);
                if (rs.getLong(2) > through) {
                    pending.add(a);
                } else if (!copy) {
                    index.add(a);
                }
            }
        }
        try (PreparedStatement set = c.prepareStatement("UPDATE articles SET canonical_id = ? WHERE id = ?")) {
            for (Item a : pending) {
                Item original = index.originalOf(a);
                if (original == null) {
                    set.setNull(1, Types.INTEGER);
                    index.add(a);
                } else {
                    set.setLong(1, original.id);
                }
                set.setLong(2, a.id);
                set.addBatch();
            }
            set.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, MARK);
            ps.setString(2, Long.toString(max));
            ps.executeUpdate();
        }
        return pending.size();
    }

    private static long mark(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE name = ?")) {
            ps.setString(1, MARK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
            }
        }
    }

    private record Item(long id, String title, String language, Long simhash, String normalizedTitle) {
        Item(long id, String title, String language, Long simhash) {
            this(id, title, language, simhash, normalize(title));
        }
    }

    /** Originals by SimHash band (any two hashes within 3 bits share one of four 16-bit bands) and by title. */
    private static final class Index {
        private final List<Map<Integer, List<Item>>> bands = List.of(new HashMap<>(), new HashMap<>(),
                new HashMap<>(), new HashMap<>());
        private final Map<String, Item> byTitle = new HashMap<>();

        void add(Item a) {
            if (a.simhash != null) {
                for (int b = 0; b < 4; b++) {
                    bands.get(b).computeIfAbsent(band(a.simhash, b), k -> new ArrayList<>()).add(a);
                }
            }
            if (a.normalizedTitle.length() >= MIN_TITLE_CHARS) {
                byTitle.putIfAbsent(a.language + ":" + a.normalizedTitle, a);
            }
        }

        Item originalOf(Item a) {
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

        private static int band(long hash, int b) {
            return (int) ((hash >>> (16 * b)) & 0xFFFF);
        }
    }

    static String normalize(String title) {
        StringBuilder sb = new StringBuilder(title.length());
        title.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
