package newsbot.core.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsbot.core.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import newsbot.core.topic.RelevanceAssessor;
import newsbot.core.store.KnownFile;
import newsbot.core.store.RejectedFile;
import newsbot.core.store.StoreException;

/**
 * Scans an articles folder into the store, incrementally: only files whose size or
 * modification time changed are read, and only content never seen before is parsed.
 * Files are read and parsed on worker threads; one writer applies the results in batches,
 * each batch one transaction, so a killed scan leaves whole articles and the next scan
 * completes it.
 */
public final class Ingester {
    private static final Logger log = LoggerFactory.getLogger(Ingester.class);

    private final ArticleStore store;
    private final ArticleFileParser parser;
    private final RelevanceAssessor assessor;
    private final Clock clock;

    public Ingester(ArticleStore store, ArticleFileParser parser, RelevanceAssessor assessor, Clock clock) {
        this.store = store;
        this.parser = parser;
        this.assessor = assessor;
        this.clock = clock;
    }

    public IngestReport ingest(Path folder, IngestOptions options, IngestListener listener)
            throws FolderUnusableException, StoreException {
        long start = System.nanoTime();
        Instant now = clock.instant();
        FolderListing listing = list(folder);
        StoredFolder stored = new StoredFolder(store.snapshot());
        Tally tally = new Tally();
        List<FileError> errors = new ArrayList<>(listing.errors());

        Set<String> present = new HashSet<>();
        List<FoundFile> toRead = new ArrayList<>();
        for (FoundFile f : listing.files()) {
            present.add(f.path());
            KnownFile known = stored.filesByPath.get(f.path());
            RejectedFile rejected = stored.rejectedByPath.get(f.path());
            if (known != null && known.size() == f.size() && known.mtime() == f.mtime()) {
                tally.unchanged++;
            } else if (rejected != null && rejected.size() == f.size() && rejected.mtime() == f.mtime()) {
                errors.add(new FileError(f.path(), rejected.reason()));
                tally.rejected++;
            } else {
                toRead.add(f);
            }
        }
        Set<String> gone = new HashSet<>();
        for (String path : stored.filesByPath.keySet()) {
            if (!present.contains(path) && !listing.isUnderUnlisted(path)) {
                gone.add(path);
            }
        }
        listener.started(listing.files().size(), toRead.size());

        FileReader reader = new FileReader(parser, assessor, options.maxFileBytes(), stored.knownHashes);
        try (ChangeWriter writer = new ChangeWriter(store, stored, gone, now, tally, errors, assessor.version())) {
            readAndApply(toRead, reader, writer, options.threads(), listener);
            writer.finish(gone, present);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new IngestReport(listing.files().size(), tally.added, tally.updated, tally.unchanged, tally.moved,
                tally.removed, tally.duplicates, tally.rejected, listing.skipped(), reader.parsedCount(), millis,
                errors);
    }

    private static FolderListing list(Path folder) throws FolderUnusableException {
        if (!Files.exists(folder)) {
            throw new FolderUnusableException("articles folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new FolderUnusableException("articles folder " + folder + " is not a folder");
        }
        try {
            return new FolderWalker().walk(folder);
        } catch (IOException e) {
            throw new FolderUnusableException("articles folder " + folder + " cannot be read: " + FolderWalker.describe(e));
        }
    }

    /** Reads on worker threads, a bounded window ahead of the writer, and applies results in listing order. */
    private static void readAndApply(List<FoundFile> files, FileReader reader, ChangeWriter writer, int threads,
                                     IngestListener listener) throws StoreException {
        if (files.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsbot-ingest-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<ReadResult>> window = new ArrayDeque<>();
            int limit = threads * 64;
            long[] waitedAndWriting = new long[2];
            for (FoundFile f : files) {
                window.add(pool.submit(() -> reader.read(f)));
                if (window.size() >= limit) {
                    applyNext(window, writer, listener, waitedAndWriting);
                }
            }
            while (!window.isEmpty()) {
                applyNext(window, writer, listener, waitedAndWriting);
            }
            long waited = waitedAndWriting[0];
            long writing = waitedAndWriting[1];
            // Says which side limits a scan: the readers (parse, score, analyze) or the one writer.
            log.debug("ingest of {} files: writer busy {} ms, waited {} ms for readers", files.size(),
                    writing / 1_000_000, waited / 1_000_000);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Applies the oldest read result, timing the wait for it and the write of it. */
    private static void applyNext(ArrayDeque<Future<ReadResult>> window, ChangeWriter writer, IngestListener listener,
                                  long[] waitedAndWriting) throws StoreException {
        long t0 = System.nanoTime();
        ReadResult r = await(window.poll());
        long t1 = System.nanoTime();
        writer.apply(r);
        waitedAndWriting[0] += t1 - t0;
        waitedAndWriting[1] += System.nanoTime() - t1;
        listener.fileDone();
    }

    private static ReadResult await(Future<ReadResult> f) throws StoreException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("file reader failed unexpectedly", e.getCause());
        }
    }

    /** Counts kept while the writer applies changes. */
    static final class Tally {
        int added;
        int updated;
        int unchanged;
        int moved;
        int removed;
        int duplicates;
        int rejected;
    }

    /** Used by benchmarks: the folder's article files, listed as a scan would list them. */
    public static List<Path> listArticleFiles(Path folder) throws FolderUnusableException {
        return list(folder).files().stream().map(FoundFile::absolute).toList();
    }

    /** Used by benchmarks: a file's path relative to the folder, as the parser receives it. */
    public static String relativePath(Path folder, Path file) throws IOException {
        return FolderWalker.relative(folder.toRealPath(), file);
    }
}
