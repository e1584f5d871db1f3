package newsbot.core.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteException;

/** The database cannot be opened, migrated, read or written; the message says which file and why. */
public final class StoreException extends Exception {
    private static final int SQLITE_READONLY = 8; // and its extended codes, 8 | n << 8
    private static final int SQLITE_FULL = 13;
    /**
     * PostgreSQL's SQLSTATEs for a role or server that cannot write: insufficient_privilege (a role granted reads
     * only), read_only_sql_transaction ({@code default_transaction_read_only}, a standby), disk_full.
     */
    private static final java.util.Set<String> SERVER_UNWRITABLE = java.util.Set.of("42501", "25006", "53100");

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether the database cannot be written at all — a read-only file or file system, a folder this user may not
     * write, a full disk — rather than one write failing: nothing that writes can succeed until an operator acts.
     */
    public boolean unwritable() {
        return whyUnwritable(this).isPresent();
    }

    /**
     * When {@code failure} (any exception) says the database cannot be written, why, in SQLite's, PostgreSQL's or the
     * OS's words ("Attempt to write a readonly database", "cannot execute UPDATE in a read-only transaction",
     * "permission denied for table articles", "Read-only file system"); else empty.
     */
    public static Optional<String> whyUnwritable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException e) {
                int primary = e.getResultCode().code & 0xff;
                if (primary == SQLITE_READONLY || primary == SQLITE_FULL) {
                    return Optional.of(e.getResultCode().message);
                }
            } else if (t instanceof SQLException e && e.getSQLState() != null
                    && SERVER_UNWRITABLE.contains(e.getSQLState())) {
                return Optional.of(e.getMessage().lines().findFirst().orElse("").replaceFirst("^ERROR: ", ""));
            } else if (t instanceof AccessDeniedException e) {
                return Optional.of("permission denied: " + e.getFile());
            } else if (t instanceof FileSystemException e && e.getReason() != null
                    && (e.getReason().contains("Read-only file system") || e.getReason().contains("No space left")
                    || e.getReason().contains("Operation not permitted"))) { // EPERM: an immutable file or folder
                return Optional.of(e.getReason());
            }
        }
        return Optional.empty();
    }
}
