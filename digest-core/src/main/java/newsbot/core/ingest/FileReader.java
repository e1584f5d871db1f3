package newsbot.core.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import newsbot.core.parse.ParsedArticle;
import newsbot.core.search.ArticleTerms;
import newsbot.core.topic.RelevanceAssessor;
import newsbot.core.parse.UnparseableFileException;

/** Reads, hashes and (only for content not seen before) parses one file. Thread-safe. */
final class FileReader {
    private final ArticleFileParser parser;
    private final RelevanceAssessor assessor;
    private final long maxBytes;
    private final Set<String> knownHashes;
    private final AtomicInteger parsed = new AtomicInteger();
    private final ArticleTerms terms = new ArticleTerms();

    /** @param knownHashes content hashes already stored; shared with the writer, which adds to it */
    FileReader(ArticleFileParser parser, RelevanceAssessor assessor, long maxBytes, Set<String> knownHashes) {
        this.parser = parser;
        this.assessor = assessor;
        this.maxBytes = maxBytes;
        this.knownHashes = knownHashes;
    }

    ReadResult read(FoundFile f) {
        if (f.size() > maxBytes) {
            return new ReadResult.Rejected(f, "file is " + megabytes(f.size()) + ", over the "
                    + megabytes(maxBytes) + " limit (ingest.max-file-bytes)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f.absolute());
        } catch (IOException e) {
            return new ReadResult.Unreadable(f, "file could not be read: " + FolderWalker.describe(e));
        } catch (OutOfMemoryError e) {
            return new ReadResult.Unreadable(f, "file could not be read: out of memory");
        }
        if (bytes.length > maxBytes) { // grew since it was listed
            return new ReadResult.Rejected(f, "file is over the " + megabytes(maxBytes) + " limit (ingest.max-file-bytes)");
        }
        String hash = sha256(bytes);
        if (knownHashes.contains(hash)) {
            return new ReadResult.KnownContent(f, hash);
        }
        try {
            parsed.incrementAndGet();
            ParsedArticle article = parser.parse(f.path(), bytes);
            return new ReadResult.Parsed(f, hash, article, assessor.assess(article), Fingerprint.of(article),
                    terms.of(article.title(), article.sections()));
        } catch (UnparseableFileException e) {
            return new ReadResult.Rejected(f, e.getMessage());
        } catch (RuntimeException e) {
            // A parser bug must cost one file, not the scan; the reason says it is ours.
            return new ReadResult.Rejected(f, "could not be parsed (internal error: " + e + ")");
        }
    }

    int parsedCount() {
        return parsed.get();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
