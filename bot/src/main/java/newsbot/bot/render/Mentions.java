package newsbot.bot.render;

/**
 * Stops article text from pinging people: a zero-width space after "@" keeps "@here",
 * "@channel", "@everyone" and "@username" readable but no longer a mention (Slack links bare
 * names when a message is sent with link_names; Telegram links @usernames always).
 */
final class Mentions {
    static final String ZERO_WIDTH_SPACE = "\u200B";

    private Mentions() {
    }

    static String neutralise(String text) {
        int at = text.indexOf('@');
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '@' && i + 1 < text.length() && startsName(text.codePointAt(i + 1))) {
                out.append(ZERO_WIDTH_SPACE);
            }
        }
        return out.toString();
    }

    private static boolean startsName(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || codePoint == '_';
    }
}
