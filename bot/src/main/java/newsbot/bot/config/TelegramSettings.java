package newsbot.bot.config;

import java.util.Set;

/**
 * @param apiUrl   the Bot API base URL; a self-hosted Bot API server or a test fake may replace it
 * @param admins   Telegram user ids allowed to run admin commands
 */
public record TelegramSettings(String apiUrl, Set<Long> admins) {
    public static final String DEFAULT_API_URL = "https://api.telegram.org";

    public TelegramSettings {
        admins = Set.copyOf(admins);
    }

    public static TelegramSettings defaults() {
        return new TelegramSettings(DEFAULT_API_URL, Set.of());
    }
}
