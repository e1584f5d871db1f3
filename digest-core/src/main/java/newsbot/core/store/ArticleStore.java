package newsbot.core.store;

import java.util.List;

/**
 * Where articles live. SQL stays behind this interface so that another engine (PostgreSQL,
 * for several bot instances) is a new implementation, not a rewrite.
 */
public interface ArticleStore {

    StoreSnapshot snapshot() throws StoreException;

    IngestTransaction begin() throws StoreException;

    /** Served articles, newest first (published time, else file time). */
    List<ArticleListing> listArticles() throws StoreException;

    /** The highest ingest sequence number handed out so far. */
    long lastSeq() throws StoreException;
}
