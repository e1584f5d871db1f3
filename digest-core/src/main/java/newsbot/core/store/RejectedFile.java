package newsbot.core.store;

/** A file that could not become an article, remembered so an unchanged one is not read again. */
public record RejectedFile(String path, long size, long mtime, String reason) {
}
