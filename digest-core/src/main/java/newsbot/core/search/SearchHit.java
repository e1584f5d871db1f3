package newsbot.core.search;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One article found.
 *
 * @param path      the article's first non-duplicate file, relative to the articles folder
 * @param published when the article says it was published, if it says
 * @param score     higher is better (negated FTS5 bm25, title weighted)
 */
public record SearchHit(long articleId, String path, String title, Optional<OffsetDateTime> published,
                        String outlet, String url, double score, Snippet snippet) {

    public SearchHit {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(snippet, "snippet");
    }
}
