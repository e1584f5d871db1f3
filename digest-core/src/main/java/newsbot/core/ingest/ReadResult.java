package newsbot.core.ingest;

import java.util.OptionalLong;
import newsbot.core.parse.ParsedArticle;
import newsbot.core.search.IndexEntry;
import newsbot.core.topic.Relevance;

/** What reading one new or changed file gave. */
sealed interface ReadResult {
    FoundFile file();

    /** New content, parsed. */
    record Parsed(FoundFile file, String hash, ParsedArticle article, Relevance relevance, OptionalLong simhash,
                  IndexEntry terms) implements ReadResult {
    }

    /** Content the store already holds as an article: a copy, a move, or a touched file. Not parsed. */
    record KnownContent(FoundFile file, String hash) implements ReadResult {
    }

    /** The file cannot become an article; remembered until it changes. */
    record Rejected(FoundFile file, String reason) implements ReadResult {
    }

    /** The file could not be read this time (vanished, permission); nothing is recorded, it is tried again next scan. */
    record Unreadable(FoundFile file, String reason) implements ReadResult {
    }
}
