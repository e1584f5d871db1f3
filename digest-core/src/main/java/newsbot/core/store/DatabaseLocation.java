package newsbot.core.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the database is, as {@code database:} or {@code --db} names it: a file path (SQLite, the embedded default) or
 * a JDBC URL ({@code jdbc:postgresql://HOST:PORT/DB?user=…}; the password comes from {@code NEWSBOT_DB_PASSWORD},
 * never from the configuration).
 */
public sealed interface DatabaseLocation {

    /** The environment variable that holds the PostgreSQL password. */
    String PASSWORD_VARIABLE = "NEWSBOT_DB_PASSWORD";

    Dialect dialect();

    /** How messages name it: the path, or the URL without any password it carries. */
    String describe();

    /** The SQLite file, for lock files beside it; none for a server database. */
    Optional<Path> file();

    /** A path resolved against {@code folder} unless absolute, or a JDBC URL taken as it is. */
    static DatabaseLocation parse(String text, Path folder) throws IllegalArgumentException {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("the database is empty: give a file path or a jdbc:postgresql:// URL");
        }
        if (t.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return Server.of(t);
        }
        try {
            return new SqliteFile(folder.resolve(t).normalize());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a usable path: \"" + t + "\" (" + e.getReason() + ")");
        }
    }

    /** A SQLite file. */
    record SqliteFile(Path path) implements DatabaseLocation {
        @Override
        public Dialect dialect() {
            return Dialect.SQLITE;
        }

        @Override
        public String describe() {
            return path.toString();
        }

        @Override
        public Optional<Path> file() {
            return Optional.of(path);
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /** A PostgreSQL server database by JDBC URL. */
    record Server(String url) implements DatabaseLocation {
        private static final Pattern PASSWORD = Pattern.compile("(?i)([?&;]password=)[^&;]*");

        static Server of(String url) {
            if (!url.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("unsupported database URL " + redact(url)
                        + ": only jdbc:postgresql://HOST:PORT/DB?user=… (or a SQLite file path) is known");
            }
            if (PASSWORD.matcher(url).find()) {
                throw new IllegalArgumentException("the database URL " + redact(url) + " carries a password: put it in "
                        + PASSWORD_VARIABLE + " instead, never in a file or on the command line");
            }
            return new Server(url);
        }

        @Override
        public Dialect dialect() {
            return Dialect.POSTGRESQL;
        }

        @Override
        public String describe() {
            return redact(url);
        }

        @Override
        public Optional<Path> file() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return describe();
        }

        private static String redact(String url) {
            return PASSWORD.matcher(url).replaceAll("$1***");
        }
    }
}
