package newsbot.core.event;

import java.time.LocalDate;
import java.util.List;
import newsbot.core.parse.Section;

/**
 * A relevant article as grouping reads it from the store.
 *
 * @param key       a stable sort key (the content hash): clustering visits articles in this order, never in
 *                  ingest order, so that the same files give the same stories whatever order they came in
 * @param published the article's own date in its own offset (its file date when it names none)
 * @param event     the event it was placed in by the previous grouping, 0 for none
 */
record GroupedArticle(long id, String key, String title, List<Section> sections, LocalDate published,
                      long event) {
    GroupedArticle {
        sections = List.copyOf(sections);
    }
}
