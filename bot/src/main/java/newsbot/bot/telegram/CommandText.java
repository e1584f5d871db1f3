package newsbot.bot.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command line as Telegram users type it: {@code /search 董军}, or in groups {@code /search@NewsBot 董军}.
 *
 * @param name    lower case, no slash
 * @param botName the @-addressee without '@', empty when none
 * @param args    the rest, trimmed
 */
record CommandText(String name, String botName, String args) {
    private static final Pattern COMMAND =
            Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?=\\s|$)\\s*(.*)$", Pattern.DOTALL);

    static Optional<CommandText> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = COMMAND.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CommandText(m.group(1).toLowerCase(Locale.ROOT),
                m.group(2) == null ? "" : m.group(2), m.group(3).strip()));
    }

    /** Whether the command is for the bot called {@code ourName}: addressed to it, or to no one in particular. */
    boolean isFor(String ourName) {
        return botName.isEmpty() || botName.equalsIgnoreCase(ourName);
    }
}
