package newsbot.bot.render;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * How a reader wants to see times and words.
 *
 * @param zone   times in headers are shown in this zone, and the zone is named
 * @param locale Chinese labels when the language is "zh", English labels otherwise
 */
public record RenderSettings(ZoneId zone, Locale locale) {
    public RenderSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(locale, "locale");
    }

    public static RenderSettings english(ZoneId zone) {
        return new RenderSettings(zone, Locale.ENGLISH);
    }

    public static RenderSettings chinese(ZoneId zone) {
        return new RenderSettings(zone, Locale.SIMPLIFIED_CHINESE);
    }

    Labels labels() {
        return "zh".equals(locale.getLanguage()) ? new ChineseLabels(zone) : new EnglishLabels(zone);
    }
}
