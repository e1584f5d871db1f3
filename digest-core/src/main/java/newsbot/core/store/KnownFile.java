package newsbot.core.store;

/** A file the store already holds: where it is, what it looked like, which article it carries. */
public record KnownFile(String path, long size, long mtime, String contentHash, long articleId, boolean duplicate) {
}
