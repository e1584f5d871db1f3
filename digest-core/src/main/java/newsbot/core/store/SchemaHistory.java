package newsbot.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a database's schema is already the newest this build knows, read from Flyway's history table in one query.
 * When it is, opening skips Flyway: its scan of the jar for migrations and its validation of every applied one cost a
 * cold command ~0.65 s of CPU, every time, to change nothing. Anything else — no history (a new database), an older
 * or newer schema, a failed or repeatable migration, a baseline — is left to Flyway's migrate, which decides as it
 * always did. Landed migrations are never edited, so their checksums are not re-read at each open.
 */
final class SchemaHistory {
    static final String TABLE = "flyway_schema_history";

    private SchemaHistory() {
    }

    /** True when the history holds exactly the versions 1 … {@link Dialect#newestMigration()}, each a success. */
    static boolean current(Connection c, Dialect dialect) throws SQLException {
        if (!exists(c, dialect)) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, type, success FROM " + TABLE);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String version = rs.getString(1);
                if (version == null || !rs.getBoolean(3) || !"SQL".equals(rs.getString(2)) || !applied.add(version)) {
                    return false;
                }
            }
        }
        for (int v = 1; v <= dialect.newestMigration(); v++) {
            if (!applied.remove(Integer.toString(v))) {
                return false;
            }
        }
        return applied.isEmpty(); // a version this build does not know: a newer newsbot's, for Flyway to judge
    }

    private static boolean exists(Connection c, Dialect dialect) throws SQLException {
        String sql = switch (dialect) {
            case SQLITE -> "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + TABLE + "'";
            // the connection's own schema, which is where Flyway keeps its history
            case POSTGRESQL -> "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE n.nspname = current_schema() AND c.relname = '" + TABLE + "'";
        };
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }
}
