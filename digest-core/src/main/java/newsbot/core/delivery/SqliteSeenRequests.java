package newsbot.core.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import newsbot.core.store.Database;
import newsbot.core.store.StoreException;

/** {@link SeenRequests} in the SQLite file: one insert per request, and what is older than {@code keep} goes. */
public final class SqliteSeenRequests implements SeenRequests {
    private final Database db;

    public SqliteSeenRequests(Database db) {
        this.db = db;
    }

    @Override
    public boolean firstSeen(String key, Instant now, Duration keep) throws StoreException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement expire = c.prepareStatement("DELETE FROM seen_requests WHERE seen_at < ?");
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO seen_requests (request_key, seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                expire.setLong(1, now.minus(keep).toEpochMilli());
                expire.executeUpdate();
                insert.setString(1, key);
                insert.setLong(2, now.toEpochMilli());
                boolean first = insert.executeUpdate() == 1;
                c.commit();
                return first;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record a handled request in " + db + ": " + e.getMessage(), e);
        }
    }
}
