package newsbot.bot.render;

import java.util.regex.Pattern;

/**
 * Stops article text from pinging people: a zero-width space after "@" keeps "@here",
 * "@channel", "@everyone" and "@username" readable but no longer a mention (Slack links bare
 * names when a message is sent with link_names; Telegram links @usernames always).
 */
final class Mentions {
    static final String ZERO_WIDTH_SPACE = "\u200B";
    private static final Pattern AT_NAME = Pattern.compile("@(?=[\\p{L}\\p{N}_])");

    private Mentions() {
    }

    static String neutralise(String text) {
        return AT_NAME.matcher(text).replaceAll("@" + ZERO_WIDTH_SPACE);
    }
}
