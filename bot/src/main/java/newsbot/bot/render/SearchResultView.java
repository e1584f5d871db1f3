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
 * @param total       all results over all pages; with {@code atLeast}, a lower bound
 * @param pages       how many pages the results fill (a page past them shows that number)
 * @param corrections misspelled names searched as known names: what was typed → what was searched
 * @param suggestions when nothing was found, known names or terms near what was typed
 */
public record SearchResultView(String query, int page, boolean hasMore, int total, boolean atLeast, int pages,
                               List<Hit> hits, List<Correction> corrections, List<String> suggestions) {
    public SearchResultView {
        Objects.requireNonNull(query, "query");
        if (page < 1 || total < 0 || pages < 1) {
            throw new IllegalArgumentException("page and pages must be ≥ 1 and total ≥ 0, got page " + page
                    + ", pages " + pages + ", total " + total);
        }
        hits = List.copyOf(hits);
        corrections = List.copyOf(corrections);
        suggestions = List.copyOf(suggestions);
    }

    /** A page with nothing corrected or suggested; when {@code hasMore}, {@code total} is the hits so far. */
    public SearchResultView(String query, int page, boolean hasMore, int total, List<Hit> hits) {
        this(query, page, hasMore, total, hasMore, Math.max(page, 1), hits, List.of(), List.of());
    }

    /** Whether a page past the last one was asked for. */
    public boolean pastTheEnd() {
        return hits.isEmpty() && total > 0 && page > pages;
    }

    /** "Austen" was searched as "Austin". */
    public record Correction(String typed, String searched) {
        public Correction {
            Objects.requireNonNull(typed, "typed");
            Objects.requireNonNull(searched, "searched");
        }
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
