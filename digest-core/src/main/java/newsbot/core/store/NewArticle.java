package newsbot.core.store;

import java.time.Instant;
import java.util.OptionalLong;
import newsbot.core.parse.ParsedArticle;
import newsbot.core.search.IndexEntry;
import newsbot.core.topic.Relevance;

/**
 * An article about to be written.
 *
 * @param sortTime     when to order it: the published time, else the file's modification time
 * @param relevance    how it stands against the topic
 * @param topicVersion which topic file scored it, so a changed topic can rescore what is stale
 * @param simhash      SimHash of the main text, empty when the text is too short to compare
 * @param terms        its full-text index terms, made on a reader thread
 */
public record NewArticle(String contentHash, ParsedArticle parsed, Instant sortTime, Relevance relevance,
                         String topicVersion, OptionalLong simhash, IndexEntry terms) {
}
