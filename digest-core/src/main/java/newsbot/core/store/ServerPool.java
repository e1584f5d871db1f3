package newsbot.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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

    static final String INSUFFICIENT_PRIVILEGE = "42501";
    /** The schema's tables (Flyway's history aside: only a migration writes it) this role may not fully write. */
    private static final String DENIED_TABLES = """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> 'flyway_schema_history'
              AND NOT (has_table_privilege(c.oid, 'INSERT') AND has_table_privilege(c.oid, 'UPDATE')
                       AND has_table_privilege(c.oid, 'DELETE'))
            ORDER BY c.relname""";

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

    /**
     * Fails when this role cannot write: a table of the schema it may not insert into, update or delete from (a role
     * granted SELECT only), or a transaction that is read-only (the role's or database's
     * {@code default_transaction_read_only}, or a standby server). Needs no CREATE privilege: a role granted only
     * reads and writes on the tables, after an owner migrated them, runs the bot. The failure is a SQLException with
     * PostgreSQL's SQLSTATE (42501, 25006), which {@link StoreException#whyUnwritable} reads.
     */
    void requireWritable() throws SQLException {
        try (Connection c = connect()) {
            List<String> denied = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(DENIED_TABLES); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    denied.add(rs.getString(1));
                }
            }
            if (!denied.isEmpty()) {
                String user;
                try (ResultSet rs = c.createStatement().executeQuery("SELECT current_user")) {
                    user = rs.next() ? rs.getString(1) : "?";
                }
                throw new SQLException("role " + user + " may not write table " + denied.get(0)
                        + (denied.size() > 1 ? " and " + (denied.size() - 1) + " more" : ""), INSUFFICIENT_PRIVILEGE);
            }
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE counters SET value = value WHERE name = 'ingest_seq'"); // fails when read-only
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
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
