package newsbot.core.store;

/** The identity of a stored article: enough for ingest to recognise renames, copies and comebacks. */
public record KnownArticle(long id, String contentHash, boolean removed) {
}
