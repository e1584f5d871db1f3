package newsbot.core.digest;

import java.util.List;
import java.util.Objects;
import newsbot.core.source.SourceKind;

/**
 * One article of a story, as the digest lists it.
 *
 * @param outlet who published it, e.g. "RFI", "腾讯新闻", "国防部"; "" when nothing names anyone (never a placeholder)
 * @param url    the article's link, "" when the file names none
 * @param title  the article's own title
 * @param kind   official, news or commentary
 * @param path   its primary file, relative to the articles folder; "" when not known
 * @param paths  every file holding it: the primary, byte-identical copies, near-duplicate copies
 */
public record Source(String outlet, String url, String title, SourceKind kind, String path, List<String> paths) {
    public Source {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        paths = List.copyOf(paths);
    }

    /** A news source known only by outlet, link and title. */
    public Source(String outlet, String url, String title) {
        this(outlet, url, title, SourceKind.NEWS, "", List.of());
    }

    /** The same source shown with other text (cleaned or shortened for a platform). */
    public Source withText(String newOutlet, String newUrl, String newTitle) {
        return new Source(newOutlet, newUrl, newTitle, kind, path, paths);
    }
}
