package newsbot.bot.commands;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user types for each command on one platform: "/search" on Telegram and the console; on Slack the slash
 * command the workspace gave it ({@code slack.commands.search: /news-search}). /help, the refusals and our own usage
 * lines name commands this way, so a renamed command is never advertised under a name that does not work.
 */
public final class CommandNames {
    /** Every command under its own name. */
    public static final CommandNames BUILT_IN = new CommandNames(Map.of());
    /** "/name" where a command name may stand: not inside a path, a URL or a word ("Asia/Shanghai", "mil/mil"). */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w/])/([a-z0-9_]{1,32})(?![\\w/-])");

    private final Map<String, String> slash;

    private CommandNames(Map<String, String> slash) {
        this.slash = Map.copyOf(slash);
    }

    /** @param slash command name → what to type, e.g. search → /news-search; commands left out keep their name */
    public static CommandNames of(Map<String, String> slash) {
        return new CommandNames(slash);
    }

    /** "/search", or what this platform calls it. */
    public String slash(String command) {
        return slash.getOrDefault(command, "/" + command);
    }

    /** Our own text (help lines, usage) with every mention of a command written as this platform names it. */
    public String rewrite(String text) {
        if (slash.isEmpty()) {
            return text;
        }
        Matcher m = MENTION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(Commands.named(name).isPresent() ? slash(name) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
