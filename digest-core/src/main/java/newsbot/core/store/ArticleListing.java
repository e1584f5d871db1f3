package newsbot.core.store;

import java.time.OffsetDateTime;
import java.util.Optional;

/** One stored article as `list` shows it. */
public record ArticleListing(
        long id,
        long seq,
        String path,
        String title,
        Optional<OffsetDateTime> published,
        String language,
        String url,
        String outlet,
        String author,
        String format) {
}
