package newsbot.core.search;

import java.util.Objects;

/**
 * What to search for.
 *
 * @param text      as typed: words, "quoted phrases", -excluded words, OR
 * @param limit     hits per page, 1 to {@value #MAX_LIMIT}; 0 or less means {@value #DEFAULT_LIMIT}, more is capped
 * @param page      1-based; 0 or less means 1
 * @param allTopics search every article, not only those relevant to the topic
 */
public record SearchQuery(String text, int limit, int page, boolean allTopics) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        page = Math.max(page, 1);
    }

    /** The first page of {@value #DEFAULT_LIMIT} relevant articles. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, DEFAULT_LIMIT, 1, false);
    }
}
