package newsbot.core.ingest;

/**
 * @param maxFileBytes files larger than this are rejected unread (default 5 MB)
 * @param threads      workers that read, hash and parse files; the database writer is one more thread
 */
public record IngestOptions(long maxFileBytes, int threads) {
    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;

    public IngestOptions {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
        }
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be positive, got " + threads);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_FILE_BYTES, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public IngestOptions withMaxFileBytes(long bytes) {
        return new IngestOptions(bytes, threads);
    }
}
