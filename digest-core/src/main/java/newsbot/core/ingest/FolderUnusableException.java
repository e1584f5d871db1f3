package newsbot.core.ingest;

/** The articles folder itself cannot be scanned (missing, not a folder, unreadable). */
public final class FolderUnusableException extends Exception {
    public FolderUnusableException(String message) {
        super(message);
    }
}
