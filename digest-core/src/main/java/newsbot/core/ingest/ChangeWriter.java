package newsbot.core.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import newsbot.core.store.ArticleStore;
import newsbot.core.store.IngestTransaction;
import newsbot.core.store.KnownArticle;
import newsbot.core.store.KnownFile;
import newsbot.core.store.NewArticle;
import newsbot.core.store.RejectedFile;
import newsbot.core.store.StoreException;

/**
 * Applies read results to the store in batched transactions and decides what each file is:
 * a new article, a changed one, a move, a copy, or a rejection.
 */
final class ChangeWriter implements AutoCloseable {
    /** FTS5 writes its buffer at each commit; larger batches mean fewer, larger index segments. */
    private static final int BATCH = 2_000;
    /**
     * A batch also ends after this long, so the write lock is never held for seconds: the outbox
     * marks each sent message in its own small transaction, and a crash while it waits could repeat the message.
     */
    private static final long BATCH_NANOS = 250_000_000L;

    private final ArticleStore store;
    private final StoredFolder stored;
    private final Set<String> gone;
    private final Instant now;
    private final Ingester.Tally tally;
    private final List<FileError> errors;
    private final String topicVersion;
    private IngestTransaction tx;
    private int inBatch;
    private long batchStart;

    ChangeWriter(ArticleStore store, StoredFolder stored, Set<String> gone, Instant now, Ingester.Tally tally,
                 List<FileError> errors, String topicVersion) {
        this.topicVersion = topicVersion;
        this.store = store;
        this.stored = stored;
        this.gone = gone;
        this.now = now;
        this.tally = tally;
        this.errors = errors;
    }

    void apply(ReadResult result) throws StoreException {
        IngestTransaction t = tx();
        FoundFile f = result.file();
        if (result instanceof ReadResult.Parsed p) {
            applyParsed(t, p);
        } else if (result instanceof ReadResult.KnownContent k) {
            applyKnown(t, f, k.hash());
        } else if (result instanceof ReadResult.Rejected r) {
            detach(t, f.path());
            RejectedFile rejected = new RejectedFile(f.path(), f.size(), f.mtime(), r.reason());
            t.putRejected(rejected, now);
            stored.rejectedByPath.put(f.path(), rejected);
            errors.add(new FileError(f.path(), r.reason()));
            tally.rejected++;
        } else if (result instanceof ReadResult.Unreadable u) {
            errors.add(new FileError(f.path(), u.reason()));
            tally.rejected++;
        }
        if (!(result instanceof ReadResult.Rejected) && stored.rejectedByPath.remove(f.path()) != null) {
            t.deleteRejected(f.path());
        }
        if (++inBatch >= BATCH || System.nanoTime() - batchStart >= BATCH_NANOS) {
            commit();
        }
    }

    private void applyParsed(IngestTransaction t, ReadResult.Parsed p) throws StoreException {
        FoundFile f = p.file();
        if (stored.articlesByHash.containsKey(p.hash())) { // an identical file earlier in this scan
            applyKnown(t, f, p.hash());
            return;
        }
        NewArticle article = new NewArticle(p.hash(), p.article(),
                p.article().published().map(d -> d.toInstant()).orElse(Instant.ofEpochMilli(f.mtime())),
                p.relevance(), topicVersion, p.simhash(), p.terms());
        KnownFile old = stored.filesByPath.get(f.path());
        if (old != null && stored.paths(old.articleId()).equals(Set.of(f.path()))) {
            // The article's only file changed: same article, new content.
            t.replaceArticle(old.articleId(), article, now);
            stored.putArticle(new KnownArticle(old.articleId(), p.hash(), false));
            putFile(t, f, p.hash(), old.articleId(), false);
            tally.updated++;
            return;
        }
        if (old != null) {
            detach(t, f.path());
        }
        long id = t.insertArticle(article, now);
        stored.putArticle(new KnownArticle(id, p.hash(), false));
        putFile(t, f, p.hash(), id, false);
        if (old != null) {
            tally.updated++;
        } else {
            tally.added++;
        }
    }

    private void applyKnown(IngestTransaction t, FoundFile f, String hash) throws StoreException {
        KnownArticle article = stored.articlesByHash.get(hash);
        KnownFile old = stored.filesByPath.get(f.path());
        if (old != null && old.articleId() == article.id()) { // touched, not changed
            putFile(t, f, hash, article.id(), old.duplicate());
            tally.unchanged++;
            return;
        }
        if (old != null) {
            detach(t, f.path());
        }
        boolean hasLiveFile = stored.paths(article.id()).stream().anyMatch(path -> !gone.contains(path));
        if (article.removed()) {
            t.restoreArticle(article.id(), now);
            stored.putArticle(new KnownArticle(article.id(), hash, false));
            putFile(t, f, hash, article.id(), false);
            tally.added++;
        } else if (!hasLiveFile) {
            putFile(t, f, hash, article.id(), false);
            tally.moved++;
        } else {
            putFile(t, f, hash, article.id(), true);
            tally.duplicates++;
        }
    }

    /**
     * Deletes what is gone, hands a removed primary's role to a remaining copy, and marks
     * articles that no file holds any more as removed.
     */
    void finish(Set<String> gonePaths, Set<String> present) throws StoreException {
        IngestTransaction t = tx();
        for (String path : new TreeSet<>(gonePaths)) {
            detach(t, path);
        }
        for (String path : List.copyOf(stored.rejectedByPath.keySet())) {
            if (!present.contains(path)) {
                t.deleteRejected(path);
                stored.rejectedByPath.remove(path);
            }
        }
        for (KnownArticle a : List.copyOf(stored.articlesById.values())) {
            if (!a.removed() && stored.paths(a.id()).isEmpty()) {
                t.markRemoved(a.id(), now);
                stored.putArticle(new KnownArticle(a.id(), a.contentHash(), true));
                tally.removed++;
            }
        }
        t.touchAll(now);
        commit();
    }

    /** The file at {@code path} no longer holds its article; a copy takes over as primary. */
    private void detach(IngestTransaction t, String path) throws StoreException {
        KnownFile f = stored.removeFile(path);
        if (f == null) {
            return;
        }
        t.deleteFile(path);
        TreeSet<String> rest = stored.paths(f.articleId());
        boolean primaryLeft = rest.stream().anyMatch(p -> !stored.filesByPath.get(p).duplicate());
        if (!primaryLeft && !rest.isEmpty()) {
            KnownFile heir = stored.filesByPath.get(rest.first());
            KnownFile promoted = new KnownFile(heir.path(), heir.size(), heir.mtime(), heir.contentHash(),
                    heir.articleId(), false);
            t.putFile(promoted, now);
            stored.putFile(promoted);
        }
    }

    private void putFile(IngestTransaction t, FoundFile f, String hash, long articleId, boolean duplicate)
            throws StoreException {
        KnownFile k = new KnownFile(f.path(), f.size(), f.mtime(), hash, articleId, duplicate);
        t.putFile(k, now);
        stored.putFile(k);
    }

    private IngestTransaction tx() throws StoreException {
        if (tx == null) {
            tx = store.begin();
            inBatch = 0;
            batchStart = System.nanoTime();
        }
        return tx;
    }

    private void commit() throws StoreException {
        if (tx != null) {
            tx.commit();
            tx.close();
            tx = null;
        }
    }

    @Override
    public void close() throws StoreException {
        if (tx != null) {
            tx.close(); // not committed: rolls back the unfinished batch
            tx = null;
        }
    }
}
