package newsbot.core.ingest;

/** A file (or folder) that did not become an article, and why, in words a person understands. */
public record FileError(String path, String reason) {
}
