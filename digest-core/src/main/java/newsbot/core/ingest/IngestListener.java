package newsbot.core.ingest;

/** Hears how far a scan is; called from the scanning thread. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
    };

    /** Another ingest holds {@code database}; this one waits for it to finish. Called at most once. */
    default void waiting(String database) {
    }

    /** The folder is listed: {@code toRead} new or changed files will now be read. */
    default void started(int listed, int toRead) {
    }

    /** One more of the files to read was handled. */
    default void fileDone() {
    }
}
