package newsbot.bot.render;

import java.util.Objects;

/**
 * One line of help.
 *
 * @param usage       e.g. "/search <words>"
 * @param description e.g. "find articles"
 */
public record CommandHelp(String usage, String description) {
    public CommandHelp {
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(description, "description");
    }
}
