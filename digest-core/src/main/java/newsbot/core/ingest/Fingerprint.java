package newsbot.core.ingest;

import java.util.OptionalLong;
import newsbot.core.parse.ParsedArticle;
import newsbot.core.parse.Section;
import newsbot.core.dedup.SimHash;

/** The SimHash of an article's main text, by which near-duplicates are found. */
final class Fingerprint {
    /** Below this, a text is mostly boilerplate and any two look alike: title-only files are matched by title. */
    static final int MIN_CHARS = 200;

    private Fingerprint() {
    }

    static OptionalLong of(ParsedArticle article) {
        Section main = article.sections().get(0);
        if (main.text().length() < MIN_CHARS) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(SimHash.of(main.text(), main.language()));
    }
}
