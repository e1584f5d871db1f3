package newsbot.core.search;

import java.util.List;
import java.util.Objects;

/**
 * One page of hits, best first.
 *
 * @param hasMore      whether a next page has hits
 * @param message      what the person should know about how the query was read (cut, terms dropped), or "" when
 *                     nothing
 * @param total        how many results all pages hold (copies of one article counted once); when
 *                     {@code totalIsExact} is false, at least that many
 * @param pageSize     results per page
 * @param corrections  misspelled names searched as the known names they most likely meant
 * @param suggestions  when nothing was found: known names and terms near the words typed ("hotline" for "hotlin")
 */
public record SearchResults(List<SearchHit> hits, int page, boolean hasMore, String message, int total,
                            boolean totalIsExact, int pageSize, List<Correction> corrections,
                            List<String> suggestions) {

    /** "Austen" was searched as "Austin". */
    public record Correction(String typed, String searched) {
        public Correction {
            Objects.requireNonNull(typed, "typed");
            Objects.requireNonNull(searched, "searched");
        }
    }

    public SearchResults {
        hits = List.copyOf(hits);
        corrections = List.copyOf(corrections);
        suggestions = List.copyOf(suggestions);
        if (pageSize < 1 || total < 0) {
            throw new IllegalArgumentException("pageSize must be ≥ 1 and total ≥ 0");
        }
    }

    /** How many pages the results fill (at least one, even when there are none). */
    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** Whether a page past the last one was asked for: there are results, but not on this page. */
    public boolean pastTheEnd() {
        return hits.isEmpty() && total > 0;
    }
}
