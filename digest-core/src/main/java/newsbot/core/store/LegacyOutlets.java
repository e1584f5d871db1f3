package newsbot.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import newsbot.core.source.NamedOutlet;
import newsbot.core.source.OutletBasis;
import newsbot.core.source.TextAttribution;

/**
 * Gives articles stored before outlet bases were kept (basis 'legacy') the basis, and the
 * outlet their text names, that a parse would give them today, reading their stored text once.
 */
final class LegacyOutlets {
    private static final int BATCH = 1_000;

    private LegacyOutlets() {
    }

    /** @return how many articles were settled */
    static int settle(Connection c) throws SQLException {
        int total = 0;
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement select = c.prepareStatement("""
                SELECT a.id, a.outlet, a.format,
                       (SELECT s.body FROM article_sections s WHERE s.article_id = a.id ORDER BY s.ordinal LIMIT 1)
                FROM articles a WHERE a.outlet_basis = 'legacy' LIMIT ?""");
             PreparedStatement update = c.prepareStatement("UPDATE articles SET outlet = ?, outlet_basis = ? WHERE id = ?")) {
            while (true) {
                Map<Long, NamedOutlet> settled = new LinkedHashMap<>();
                select.setInt(1, BATCH);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        settled.put(rs.getLong(1), settledOutlet(rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
                if (settled.isEmpty()) {
                    break;
                }
                for (Map.Entry<Long, NamedOutlet> e : settled.entrySet()) {
                    update.setString(1, e.getValue().name());
                    update.setString(2, e.getValue().basis().code());
                    update.setLong(3, e.getKey());
                    update.addBatch();
                }
                update.executeBatch();
                c.commit();
                total += settled.size();
            }
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return total;
    }

    /** Mirrors the parser's order: the text's attribution, the file's fields, a citation, an image host. */
    private static NamedOutlet settledOutlet(String outlet, String format, String body) {
        NamedOutlet inText = TextAttribution.of(body == null ? "" : body);
        if (inText.basis() == OutletBasis.TEXT) {
            return inText;
        }
        // plain markdown and text files name an outlet only through an image host
        boolean fromImage = format.equals("markdown") || format.equals("text");
        if (!outlet.isBlank() && !fromImage) {
            return new NamedOutlet(outlet, OutletBasis.FILE);
        }
        if (inText.isPresent()) {
            return inText;
        }
        return outlet.isBlank() ? NamedOutlet.NONE : new NamedOutlet(outlet, OutletBasis.IMAGE);
    }
}
