package newsbot.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * The database, a SQLite file or (by JDBC URL) a PostgreSQL one: migrated with Flyway on open, by its dialect's
 * migrations, unless its schema is already the newest. Hands out connections that callers own and close, runs reads on kept connections ({@link #read}), and
 * answers the few questions whose answer depends on the engine ({@link #dialect}, {@link #beginExclusive},
 * {@link #hold}).
 */
public final class Database implements AutoCloseable {

    /** Work done with a borrowed read connection, which it must not close or leave in a transaction. */
    @FunctionalInterface
    public interface Read<T, E extends Exception> {
        T apply(Connection connection) throws SQLException, E;
    }

    /** Enough for the chat workers of both platforms to search at once without opening more. */
    private static final int KEPT_READERS = 8;

    private final DatabaseLocation location;
    private final SQLiteConfig config;
    /** PostgreSQL's pool: its connections are kept there, reads and writes alike. */
    private final Optional<ServerPool> pool;
    private final ReadConnections readers = new ReadConnections(this::connect, KEPT_READERS);

    private Database(DatabaseLocation location, Optional<ServerPool> pool) {
        this.location = location;
        this.pool = pool;
        this.config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // WAL + NORMAL survives a killed process; only an OS crash can lose the last commits.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        // The full-text index is built page by page; a larger page cache keeps its b-trees in memory.
        config.setCacheSize(-64 * 1024);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    }

    /** Opens (creating if needed) and migrates the database file. */
    public static Database open(Path file) throws StoreException {
        return open(new DatabaseLocation.SqliteFile(file));
    }

    /** Opens (creating a SQLite file if needed) and migrates the database. */
    public static Database open(DatabaseLocation location) throws StoreException {
        if (location instanceof DatabaseLocation.Server server) {
            ServerPool pool = ServerPool.open(server, System.getenv(DatabaseLocation.PASSWORD_VARIABLE));
            Database db = new Database(location, Optional.of(pool));
            if (!db.schemaCurrent(location.describe())) {
                db.flyway(pool.dataSource(), location.describe());
            }
            return db;
        }
        Path file = ((DatabaseLocation.SqliteFile) location).path();
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for database " + file + ": " + e.getMessage(), e);
        }
        if (Files.isDirectory(file)) {
            throw new StoreException("database path " + file + " is a folder, not a file");
        }
        Database db = new Database(location, Optional.empty());
        db.migrate(file);
        return db;
    }

    public DatabaseLocation location() {
        return location;
    }

    public Dialect dialect() {
        return location.dialect();
    }

    public Connection connect() throws SQLException {
        if (pool.isPresent()) {
            return pool.get().connect();
        }
        return config.createConnection("jdbc:sqlite:" + sqliteFile().toAbsolutePath());
    }

    /**
     * Begins a transaction on {@code c} that holds the database's write lock from its start, so that what it reads
     * is what it writes over (SQLite: {@code BEGIN IMMEDIATE}). End it with {@code commit} or {@code rollback}.
     */
    public void beginExclusive(Connection c) throws SQLException {
        if (pool.isPresent()) {
            pool.get().beginExclusive(c);
            return;
        }
        // a deferred transaction that reads first cannot upgrade while another writes (SQLITE_BUSY at once)
        c.unwrap(SQLiteConnection.class).getConnectionConfig().setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        c.setAutoCommit(false);
    }

    /**
     * One holder of {@code what} (e.g. "ingest") at a time on this database, across processes: waits while another
     * holds it, running {@code onWait} once. Closing the result releases it; so does the end of the process.
     */
    public LockFile.Held hold(String what, Runnable onWait) throws StoreException {
        if (pool.isPresent()) {
            return pool.get().hold(what, onWait);
        }
        return new LockFile(sqliteFile(), what).acquire(onWait);
    }

    /**
     * Checks that this process can write the database: a read-only file, a read-only file system or a folder it may
     * not write fails here, with {@link StoreException#unwritable()} true, rather than at the first job that writes.
     * It writes a table and rolls it back (taking the write lock alone succeeds on a read-only file), so nothing is
     * left behind.
     */
    public void requireWritable() throws StoreException {
        if (pool.isPresent()) {
            try {
                pool.get().requireWritable();
                return;
            } catch (SQLException e) {
                throw new StoreException("database " + location.describe() + " cannot be written: " + e.getMessage(), e);
            }
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            beginExclusive(c);
            try {
                s.execute("CREATE TABLE newsbot_write_probe(x INTEGER)");
            } finally {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the failed write ended the transaction already; closing the connection ends it anyway
                }
            }
        } catch (SQLException e) {
            throw new StoreException("database " + location.describe() + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} on a kept connection: for the frequent small reads of chat commands. */
    public <T, E extends Exception> T read(Read<T, E> work) throws SQLException, E {
        if (pool.isPresent()) {
            try (Connection c = pool.get().connect()) {
                return work.apply(c);
            }
        }
        return readers.read(work);
    }

    /** Closes the kept read connections; connections handed out by {@link #connect} stay the caller's. */
    @Override
    public void close() {
        readers.close();
        pool.ifPresent(ServerPool::close);
    }

    /** The location as messages name it. */
    @Override
    public String toString() {
        return location.describe();
    }

    private Path sqliteFile() {
        return ((DatabaseLocation.SqliteFile) location).path();
    }

    private void migrate(Path file) throws StoreException {
        if (schemaCurrent(file.toString())) {
            return;
        }
        // two processes opening a new file at once would both create the tables: the second waits for the first
        try (LockFile.Held lock = new LockFile(file, "migrate").acquire(() -> { })) {
            SQLiteDataSource source = new SQLiteDataSource(config); // with the busy timeout, unlike a bare URL
            source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
            flyway(source, file.toString());
        }
    }

    /** Whether the schema is already the newest (see {@link SchemaHistory}); also proves the database opens. */
    private boolean schemaCurrent(String name) throws StoreException {
        try (Connection c = connect()) {
            return SchemaHistory.current(c, dialect());
        } catch (SQLException e) {
            close();
            throw new StoreException("cannot open database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Flyway takes a lock of its own on PostgreSQL, so two instances starting at once migrate once. */
    private void flyway(DataSource source, String name) throws StoreException {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(source)
                    .locations(dialect().migrations())
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            close();
            throw new StoreException("cannot migrate database " + name + ": " + e.getMessage(), e);
        }
    }
}
