package newsbot.core.store.pg;

import java.nio.file.Path;
import java.sql.SQLException;
import newsbot.core.store.DatabaseLocation;
import org.junit.jupiter.api.Assumptions;

/**
 * The database a test runs on: a SQLite file, or, when the build runs the suite again on PostgreSQL
 * ({@code -Dnewsbot.test.engine=postgresql}, the {@code postgresql} execution of surefire), a new database on one
 * throw-away server per test JVM, stopped when the JVM ends.
 */
public final class TestDatabases {
    public static final String PROPERTY = "newsbot.test.engine";

    private static ThrowawayPostgres server;

    private TestDatabases() {
    }

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    /** A new, empty database: the SQLite file {@code file}, or a fresh PostgreSQL database. */
    public static DatabaseLocation fresh(Path file) {
        if (!onPostgres()) {
            return new DatabaseLocation.SqliteFile(file);
        }
        try {
            return DatabaseLocation.parse(server().newDatabase(), Path.of(""));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
    }

    /** The shared server, started at first use; a test is skipped (on CI: fails) when PostgreSQL is not installed. */
    public static synchronized ThrowawayPostgres server() {
        if (server == null) {
            if (ThrowawayPostgres.binaries().isEmpty()) {
                String why = "PostgreSQL server binaries not found (apt-get install postgresql, or set NEWSBOT_PG_BIN)";
                if (System.getenv("CI") != null) {
                    throw new IllegalStateException(why + ": CI must run the PostgreSQL tests");
                }
                Assumptions.abort(why + ": PostgreSQL tests skipped");
            }
            try {
                server = ThrowawayPostgres.start();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start a throw-away PostgreSQL: " + e.getMessage(), e);
            }
            ThrowawayPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-test-postgres"));
        }
        return server;
    }
}
