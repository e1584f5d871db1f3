package newsbot.core.search;

import java.util.List;

/**
 * One page of hits, best first.
 *
 * @param hasMore whether a next page has hits
 * @param message what the person should know about how the query was read (cut, terms dropped),
 *                or "" when nothing
 */
public record SearchResults(List<SearchHit> hits, int page, boolean hasMore, String message) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
