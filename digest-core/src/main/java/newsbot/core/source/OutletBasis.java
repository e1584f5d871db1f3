package newsbot.core.source;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the outlet an article file names came from; decides how it ranks against the
 * configuration's rules (see {@link SourceRules#resolve}).
 */
public enum OutletBasis {
    /** The text's own attribution: "@国防部发布", "新华社北京4月16日电", "（观察者网讯）", "来源：…", "Source: …". */
    TEXT,
    /** The file's fields: its URL's host, front matter ("author: ft", a site name), a title suffix (" - 华尔街日报"). */
    FILE,
    /** The text opens by citing a report: "据新华社报道，…", "据国防部消息，…". */
    CITED,
    /** Only an image host names it (a crawler's image folder). */
    IMAGE,
    /** Nothing names an outlet. */
    NONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OutletBasis> ofCode(String code) {
        for (OutletBasis b : values()) {
            if (b.code().equals(code)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
