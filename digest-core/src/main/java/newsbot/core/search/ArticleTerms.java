package newsbot.core.search;

import java.util.List;
import newsbot.core.parse.Section;

/**
 * Makes an article's index terms: every title it has (weighted above the body) and the text of
 * all its sections. Thread-safe, so ingest runs it on its reader threads, off the single writer.
 */
public final class ArticleTerms {
    private final TextAnalyzer analyzer = new TextAnalyzer();

    public IndexEntry of(String title, List<Section> sections) {
        StringBuilder titles = new StringBuilder(title);
        StringBuilder bodies = new StringBuilder();
        for (Section s : sections) {
            if (!s.title().equals(title)) {
                titles.append('\n').append(s.title());
            }
            bodies.append(s.text()).append("\n\n");
        }
        return new IndexEntry(analyzer.indexText(titles.toString()), analyzer.indexText(bodies.toString()));
    }
}
