package newsbot.core.story;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads stories back: newest event first, each with its served articles. */
public final class StoryQueries {
    private StoryQueries() {
    }

    public static List<StoryListing> all(Connection c) throws SQLException {
        String sql = """
                SELECT s.id, s.headline, s.event_date, a.outlet,
                       COALESCE((SELECT min(f.path) FROM article_files f WHERE f.article_id = a.id AND f.duplicate = 0), '')
                FROM stories s JOIN articles a ON a.story_id = s.id AND a.removed_at IS NULL
                ORDER BY s.event_date DESC, s.id DESC, a.sort_time, a.id""";
        Map<Long, Building> byId = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Building b = byId.computeIfAbsent(rs.getLong(1),
                        id -> new Building(id, rsString(rs, 2), LocalDate.parse(rsString(rs, 3))));
                b.articles.add(rs.getString(5));
                if (!rs.getString(4).isEmpty()) {
                    b.outlets.add(rs.getString(4));
                }
            }
        }
        List<StoryListing> out = new ArrayList<>();
        for (Building b : byId.values()) {
            out.add(new StoryListing(b.id, b.headline, b.date, b.articles, List.copyOf(b.outlets)));
        }
        return out;
    }

    private static String rsString(ResultSet rs, int i) {
        try {
            return rs.getString(i);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Building {
        final long id;
        final String headline;
        final LocalDate date;
        final List<String> articles = new ArrayList<>();
        final Set<String> outlets = new LinkedHashSet<>();

        Building(long id, String headline, LocalDate date) {
            this.id = id;
            this.headline = headline;
            this.date = date;
        }
    }
}
