package newsbot.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite file: migrated with Flyway on open, WAL mode, foreign keys on. Hands out
 * connections; callers own and close them.
 */
public final class Database {
    private final Path file;
    private final SQLiteConfig config;

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

    private void migrate() throws StoreException {
        try (Connection probe = connect()) {
            probe.createStatement().execute("PRAGMA user_version");
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + file + ": " + e.getMessage(), e);
        }
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource("jdbc:sqlite:" + file.toAbsolutePath(), null, null)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate database " + file + ": " + e.getMessage(), e);
        }
    }
}
