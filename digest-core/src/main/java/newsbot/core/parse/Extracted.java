package newsbot.core.parse;

import java.util.List;

/**
 * What a format parser read from a file, before the shared fallbacks (title from file name, outlet
 * from URL, dates from image URLs and the path, languages) are applied. Strings are "" when absent.
 *
 * @param dates candidate publication times, most reliable first
 */
record Extracted(String format, String title, String url, String author, String outlet, String description,
                 List<Dated> dates, List<Draft> sections) {

    Extracted {
        dates = List.copyOf(dates);
        sections = List.copyOf(sections);
    }

    /** One section before its language is known; an empty title means "use the article's". */
    record Draft(String title, List<String> paragraphs) {
        Draft {
            paragraphs = List.copyOf(paragraphs);
        }

        boolean isEmpty() {
            return title.isEmpty() && paragraphs.isEmpty();
        }
    }
}
