package newsbot.bot.chat;

import java.util.Locale;

/** Maps a platform's language tag (IETF: "zh-hans", "en-US") to the two languages the bot speaks. */
public final class Languages {
    private Languages() {
    }

    /** "zh", "en", or "" for anything else or nothing. */
    public static String normalize(String tag) {
        if (tag == null) {
            return "";
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        if (t.equals("zh") || t.startsWith("zh-") || t.startsWith("zh_")) {
            return "zh";
        }
        if (t.equals("en") || t.startsWith("en-") || t.startsWith("en_")) {
            return "en";
        }
        return "";
    }
}
