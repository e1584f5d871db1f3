package newsbot.bot.chat;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A command as advertised to users (Telegram's command menu via setMyCommands).
 *
 * @param name        lower case, no slash: "latest"
 * @param description one short line
 */
public record CommandInfo(String name, String description) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,32}");

    public CommandInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("command name must be 1-32 of a-z, 0-9, _: " + name);
        }
        if (description.isBlank() || description.length() > 256) {
            throw new IllegalArgumentException("command description must be 1-256 characters: " + name);
        }
    }
}
