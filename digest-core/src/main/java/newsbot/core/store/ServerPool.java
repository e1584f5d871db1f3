package newsbot.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The connections of a PostgreSQL database: a HikariCP pool, and the engine's answers to {@link Database}'s
 * questions: the write lock a transaction takes at its start, and cluster-wide locks by name (advisory locks).
 */
final class ServerPool implements AutoCloseable {
    private static final long POLL_MILLIS = 200;
    /** All exclusive transactions take this one advisory lock: as SQLite's single writer, but only for them. */
    private static final long WRITE_LOCK = key("write");

    private final HikariDataSource source;
    private final String name;

    private ServerPool(HikariDataSource source, String name) {
        this.source = source;
        this.name = name;
    }

    static ServerPool open(DatabaseLocation.Server server, String password) throws StoreException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.url());
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setPoolName("newsbot-db");
        config.setMaximumPoolSize(16);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("ApplicationName", "newsbot");
        // reWriteBatchedInserts: the ingest's batches of rows go as multi-row inserts
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        try {
            return new ServerPool(new HikariDataSource(config), server.describe());
        } catch (RuntimeException e) { // Hikari's PoolInitializationException: the server said no or is not there
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new StoreException("cannot open database " + server.describe() + ": " + cause.getMessage(), e);
        }
    }

    DataSource dataSource() {
        return source;
    }

    Connection connect() throws SQLException {
        return source.getConnection();
    }

    void beginExclusive(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement st = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            st.setLong(1, WRITE_LOCK);
            st.execute();
        }
    }

    /** A session advisory lock on a connection of its own, held until closed (or the connection dies with us). */
    LockFile.Held hold(String what, Runnable onWait) throws StoreException {
        long key = key(what);
        boolean told = false;
        try {
            Connection c = source.getConnection();
            try {
                while (!tryLock(c, key)) {
                    if (!told) {
                        told = true;
                        onWait.run();
                    }
                    Thread.sleep(POLL_MILLIS);
                }
            } catch (SQLException | InterruptedException | RuntimeException e) {
                c.close();
                throw e;
            }
            return () -> {
                try (c; PreparedStatement st = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    st.setLong(1, key);
                    st.execute();
                } catch (SQLException e) {
                    // closing the connection ends the session, and its locks with it
                }
            };
        } catch (SQLException e) {
            throw new StoreException("cannot take the " + what + " lock in " + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted waiting for the " + what + " lock in " + name, e);
        }
    }

    private static boolean tryLock(Connection c, long key) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            st.setLong(1, key);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** A stable 64-bit advisory-lock key for a name, the same in every instance. */
    private static long key(String what) {
        return UUID.nameUUIDFromBytes(("newsbot:" + what).getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }

    @Override
    public void close() {
        source.close();
    }
}
