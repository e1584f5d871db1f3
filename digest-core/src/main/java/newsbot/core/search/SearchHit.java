package newsbot.core.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article found; copies and near-copies of it are one hit.
 *
 * @param path      the article's first non-duplicate file, relative to the articles folder
 * @param published when the article says it was published, if it says
 * @param score     higher is better (negated FTS5 bm25, title weighted)
 * @param copies    the other files of this article and of its near-copies (the same text from another outlet or
 *                  folder), relative to the articles folder, sorted
 * @param matched   why it matched, e.g. "hotline: 热线; talks: 会谈" (a clause typed and found as typed shows alone)
 */
public record SearchHit(long articleId, String path, String title, Optional<OffsetDateTime> published,
                        String outlet, String url, double score, Snippet snippet, List<String> copies,
                        String matched) {

    public SearchHit {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(snippet, "snippet");
        copies = List.copyOf(copies);
        Objects.requireNonNull(matched, "matched");
    }
}
