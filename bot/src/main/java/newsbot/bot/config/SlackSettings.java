package newsbot.bot.config;

import java.util.Map;
import java.util.Set;
import newsbot.bot.commands.Commands;

/**
 * @param apiUrl   the Web API base URL (ends with '/'); tests and proxies replace it
 * @param mode     "socket" (needs SLACK_APP_TOKEN, no public URL) or "http" (needs SLACK_SIGNING_SECRET)
 * @param httpPort the port the HTTP mode listens on
 * @param commands slash command names by newsbot command, e.g. latest → /latest, for every listed command
 * @param admins   Slack user ids allowed to run admin commands
 */
public record SlackSettings(String apiUrl, String mode, int httpPort, Map<String, String> commands, Set<String> admins) {
    public static final String DEFAULT_API_URL = "https://slack.com/api/";
    /** One slash command per listed chat command, named after it; {@code slack.commands.NAME} renames one. */
    public static final Map<String, String> DEFAULT_COMMANDS = Commands.defaultSlashCommands();

    public SlackSettings {
        commands = Map.copyOf(commands);
        admins = Set.copyOf(admins);
    }

    public static SlackSettings defaults() {
        return new SlackSettings(DEFAULT_API_URL, "socket", 3000, DEFAULT_COMMANDS, Set.of());
    }
}
