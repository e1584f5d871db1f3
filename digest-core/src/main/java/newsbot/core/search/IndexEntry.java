package newsbot.core.search;

/**
 * An article's text already analyzed for the index: made by {@link SearchIndex#analyze} on any
 * thread, written by {@link SearchIndex#write} on the one that holds the transaction.
 */
public record IndexEntry(String titleTerms, String bodyTerms) {
}
