package newsbot.core.store;

import java.time.Duration;
import java.time.Instant;

/**
 * The writes of one ingest batch, applied atomically on {@link #commit()}; closing without
 * committing rolls everything back, so an article is stored whole or not at all.
 */
public interface IngestTransaction extends AutoCloseable {

    /** Stores a new article and its sections under the next ingest sequence number; returns its id. */
    long insertArticle(NewArticle article, Instant now) throws StoreException;

    /** Replaces an article's content in place (the file changed), giving it a new sequence number. */
    void replaceArticle(long id, NewArticle article, Instant now) throws StoreException;

    /** Serves an article again whose file came back. */
    void restoreArticle(long id, Instant now) throws StoreException;

    /** No file holds the article any more: keep it for history, stop serving it. */
    void markRemoved(long id, Instant now) throws StoreException;

    void putFile(KnownFile file, Instant now) throws StoreException;

    void deleteFile(String path) throws StoreException;

    void putRejected(RejectedFile file, Instant now) throws StoreException;

    void deleteRejected(String path) throws StoreException;

    /** How stale a last-seen time may be before a scan rewrites it. */
    Duration LAST_SEEN_RESOLUTION = Duration.ofHours(1);

    /** Marks every file and served article as seen now, unless it was within {@link #LAST_SEEN_RESOLUTION}. */
    void touchAll(Instant now) throws StoreException;

    void commit() throws StoreException;

    @Override
    void close() throws StoreException;
}
