package newsbot.core.source;

import java.util.Objects;

/**
 * What is known of one article when its outlet and kind are resolved.
 *
 * @param path  its primary file, relative to the articles folder, '/'-separated
 * @param url   its link, "" when none
 * @param named the outlet the file or its text names
 * @param title its title
 */
public record SourceFacts(String path, String url, NamedOutlet named, String title) {
    public SourceFacts {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(named, "named");
        Objects.requireNonNull(title, "title");
    }
}
