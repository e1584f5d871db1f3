package newsbot.core.store;

import java.time.Instant;
import java.util.List;
import newsbot.core.ingest.IngestReport;
import java.util.Optional;
import newsbot.core.parse.Section;
import newsbot.core.topic.RelevanceAssessor;

/**
 * Where articles live. SQL stays behind this interface so that another engine (PostgreSQL,
 * for several bot instances) is another implementation, not a rewrite.
 */
public interface ArticleStore {

    StoreSnapshot snapshot() throws StoreException;

    IngestTransaction begin() throws StoreException;

    /**
     * Served articles, newest first (published time, else file time), near-duplicates folded into the article
     * they repeat: one entry per text, every file in {@link ArticleListing#paths}; on topic when any of them is.
     */
    List<ArticleListing> listArticles() throws StoreException;

    /** The served article one of whose files is {@code path}. */
    Optional<ArticleListing> findByPath(String path) throws StoreException;

    /** The title and language sections of a stored article. */
    List<Section> sections(long articleId) throws StoreException;

    /** Scores again every article that another topic version scored; returns how many. */
    int rescore(RelevanceAssessor assessor) throws StoreException;

    /** Remembers when a scan finished and how it went, for /status. */
    void recordScan(Instant at, IngestReport report) throws StoreException;

    StoreStatus status() throws StoreException;

    /**
     * Brings what an older version of newsbot stored up to date, once (run on open; a new database has nothing to
     * do): fills what later versions derive and older ones did not keep.
     */
    void upgradeLegacyData() throws StoreException;

    /** The highest ingest sequence number handed out so far. */
    long lastSeq() throws StoreException;
}
