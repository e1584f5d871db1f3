package newsbot.bot.render;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Shortening text by UTF-16 length (what Telegram and Slack count) without breaking a
 * surrogate pair or separating a base character from its combining marks.
 */
final class Utf16 {
    static final String ELLIPSIS = "…";

    private Utf16() {
    }

    /** The largest index ≤ max that is a user-perceived character boundary in text. */
    static int safeCut(String text, int max) {
        if (max >= text.length()) {
            return text.length();
        }
        if (max <= 0) {
            return 0;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int cut = characters.isBoundary(max) ? max : characters.preceding(max);
        // a flag is a pair of regional indicators; an odd run before the cut ends in half a flag
        int indicators = 0;
        for (int i = cut; i >= 2 && isRegionalIndicator(text.codePointBefore(i)); i -= 2) {
            indicators++;
        }
        if (indicators % 2 == 1) {
            cut -= 2;
        }
        // a zero-width joiner or variation selector left at the end would glue onto the ellipsis
        while (cut > 0 && isJoiner(text.charAt(cut - 1))) {
            cut--;
        }
        return Math.max(cut, 0);
    }

    /**
     * The text itself when it has at most max units; otherwise its longest safe prefix plus "…",
     * together at most max units long (empty when max is 0).
     */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        if (max <= 0) {
            return "";
        }
        return text.substring(0, safeCut(text, max - ELLIPSIS.length())).stripTrailing() + ELLIPSIS;
    }

    private static boolean isRegionalIndicator(int codePoint) {
        return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
    }

    private static boolean isJoiner(char c) {
        return c == '\u200D' || c >= '\uFE00' && c <= '\uFE0F';
    }
}
