package newsbot.core.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import newsbot.core.source.SourceKind;

/**
 * One stored article as `list` and `explain` show it.
 *
 * @param path      its first non-duplicate file, relative to the articles folder
 * @param paths     every file of the article: {@code path} first, then byte-identical copies, then the files of
 *                  near-duplicates folded into it (the same text republished)
 * @param outlet    who published it (the configuration's sources: rules applied), "" when nothing names anyone
 * @param kind      official, news or commentary
 * @param relevant  the topic's decision
 * @param score     the topic's score
 * @param reasons   why, one line per rule that fired
 * @param entities  the topic's entities it mentions, most mentioned first
 */
public record ArticleListing(
        long id,
        long seq,
        String path,
        List<String> paths,
        String title,
        Optional<OffsetDateTime> published,
        String language,
        String url,
        String outlet,
        SourceKind kind,
        String author,
        String format,
        boolean relevant,
        double score,
        List<String> reasons,
        List<String> entities) {

    public ArticleListing {
        paths = List.copyOf(paths);
        reasons = List.copyOf(reasons);
        entities = List.copyOf(entities);
    }
}
