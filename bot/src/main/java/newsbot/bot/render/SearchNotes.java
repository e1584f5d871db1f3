package newsbot.bot.render;

import java.util.Optional;

/** The sentences a search reply says besides its hits, in the reader's language; plain text, escaped by the caller. */
final class SearchNotes {
    private SearchNotes() {
    }

    /** The whole reply when the page has no hits: a page past the end, or nothing found (with suggestions). */
    static String empty(SearchResultView view, String query, Labels labels) {
        if (view.pastTheEnd()) {
            return labels.pastTheEnd(view.page(), view.pages());
        }
        String none = labels.noResults(query);
        return view.suggestions().isEmpty() ? none : none + " " + labels.didYouMean(view.suggestions());
    }

    /** "Showing results for “Austin” (you typed “Austen”).", when a misspelled name was searched as a known one. */
    static Optional<String> corrections(SearchResultView view, Labels labels) {
        if (view.corrections().isEmpty()) {
            return Optional.empty();
        }
        String searched = String.join(", ", view.corrections().stream().map(SearchResultView.Correction::searched).toList());
        String typed = String.join(", ", view.corrections().stream().map(SearchResultView.Correction::typed).toList());
        return Optional.of(labels.showingResultsFor(CleanText.oneLine(searched), CleanText.oneLine(typed)));
    }
}
