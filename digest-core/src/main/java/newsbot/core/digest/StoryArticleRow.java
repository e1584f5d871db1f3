package newsbot.core.digest;

import java.util.List;
import newsbot.core.parse.Section;

/** One served article of a story, as the composer reads it. */
record StoryArticleRow(long id, long seq, String title, String url, String outlet, String description, double score,
                       List<String> reasons, boolean copy, long sortTime, List<Section> sections) {

    /** The section in {@code language}, or the first one. */
    Section section(String language) {
        return sections.stream().filter(s -> s.language().equals(language)).findFirst().orElse(sections.get(0));
    }

    boolean has(String language) {
        return sections.stream().anyMatch(s -> s.language().equals(language));
    }
}
