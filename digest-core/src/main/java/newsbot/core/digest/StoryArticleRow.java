package newsbot.core.digest;

import java.util.List;
import newsbot.core.parse.Section;
import newsbot.core.source.NamedOutlet;

/**
 * One served article of a story, as the composer reads it.
 *
 * @param canonicalId the article this one repeats (a near-duplicate), 0 when it is its own
 * @param path        its primary file
 * @param paths       all its files, primary first
 */
record StoryArticleRow(long id, long seq, String title, String url, NamedOutlet named, String description,
                       double score, List<String> reasons, long canonicalId, long sortTime, List<Section> sections,
                       String path, List<String> paths) {

    StoryArticleRow {
        reasons = List.copyOf(reasons);
        sections = List.copyOf(sections);
        paths = List.copyOf(paths);
    }

    boolean copy() {
        return canonicalId != 0;
    }

    /** The section in {@code language}, or the first one. */
    Section section(String language) {
        return sections.stream().filter(s -> s.language().equals(language)).findFirst().orElse(sections.get(0));
    }

    boolean has(String language) {
        return sections.stream().anyMatch(s -> s.language().equals(language));
    }
}
