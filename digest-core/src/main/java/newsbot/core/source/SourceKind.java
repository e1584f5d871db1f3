package newsbot.core.source;

import java.util.Locale;
import java.util.Optional;

/** What kind of source an article is, as the configuration's {@code sources:} rules say. */
public enum SourceKind {
    /** A government's or military's own words: a ministry readout, a spokesperson's transcript. */
    OFFICIAL,
    /** Reporting; the default. */
    NEWS,
    /** Opinion, analysis, a commentary account. */
    COMMENTARY;

    /** "official", "news", "commentary": the word used in the configuration and in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SourceKind> ofCode(String code) {
        for (SourceKind k : values()) {
            if (k.code().equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
