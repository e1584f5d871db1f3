package newsbot.bot.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of search results, as the chat commands show it.
 *
 * @param query   what the reader asked for, shown back escaped
 * @param page    1-based
 * @param hasMore whether page + 1 exists
 * @param total   all hits over all pages; when {@code hasMore}, the hits up to and including this page (a lower
 *                bound: the search knows only that more exist)
 */
public record SearchResultView(String query, int page, boolean hasMore, int total, List<Hit> hits) {
    public SearchResultView {
        Objects.requireNonNull(query, "query");
        if (page < 1 || total < 0) {
            throw new IllegalArgumentException("page must be ≥ 1 and total ≥ 0, got page " + page + ", total " + total);
        }
        hits = List.copyOf(hits);
    }

    /**
     * One found article.
     *
     * @param url        "" when there is none; only http(s) becomes a link
     * @param snippet    text around the matches
     * @param highlights the matches within the snippet
     */
    public record Hit(String title, String outlet, String url, Optional<LocalDate> published, String snippet,
                      List<Range> highlights) {
        public Hit {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(outlet, "outlet");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(snippet, "snippet");
            highlights = List.copyOf(highlights);
        }
    }
}
