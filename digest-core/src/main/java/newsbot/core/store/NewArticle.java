package newsbot.core.store;

import java.time.Instant;
import newsbot.core.parse.ParsedArticle;

/**
 * An article about to be written.
 *
 * @param sortTime when to order it: the published time, else the file's modification time
 */
public record NewArticle(String contentHash, ParsedArticle parsed, Instant sortTime) {
}
