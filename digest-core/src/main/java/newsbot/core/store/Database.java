package newsbot.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite file: migrated with Flyway on open, WAL mode, foreign keys on. Hands out
 * connections that callers own and close, and runs reads on kept connections ({@link #read}).
 */
public final class Database implements AutoCloseable {

    /** Work done with a borrowed read connection, which it must not close or leave in a transaction. */
    @FunctionalInterface
    public interface Read<T, E extends Exception> {
        T apply(Connection connection) throws SQLException, E;
    }

    /** Enough for the chat workers of both platforms to search at once without opening more. */
    private static final int KEPT_READERS = 8;

    private final Path file;
    private final SQLiteConfig config;
    private final ReadConnections readers = new ReadConnections(this::connect, KEPT_READERS);

    private Database(Path file) {
        this.file = file;
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
        Database db = new Database(file);
        db.migrate();
        return db;
    }

    public Path file() {
        return file;
    }

    public Connection connect() throws SQLException {
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** Runs {@code work} on a kept connection: for the frequent small reads of chat commands. */
    public <T, E extends Exception> T read(Read<T, E> work) throws SQLException, E {
        return readers.read(work);
    }

    /** Closes the kept read connections; connections handed out by {@link #connect} stay the caller's. */
    @Override
    public void close() {
        readers.close();
    }

    private void migrate() throws StoreException {
        try (Connection probe = connect()) {
            probe.createStatement().execute("PRAGMA user_version");
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + file + ": " + e.getMessage(), e);
        }
        // two processes opening a new file at once would both create the tables: the second waits for the first
        try (LockFile.Held lock = new LockFile(file, "migrate").acquire(() -> { })) {
            SQLiteDataSource source = new SQLiteDataSource(config); // with the busy timeout, unlike a bare URL
            source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate database " + file + ": " + e.getMessage(), e);
        }
    }
}
