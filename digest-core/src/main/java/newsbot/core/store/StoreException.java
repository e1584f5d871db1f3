package newsbot.core.store;

/** The database cannot be opened, migrated, read or written; the message says which file and why. */
public final class StoreException extends Exception {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
