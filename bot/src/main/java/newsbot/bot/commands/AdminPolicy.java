package newsbot.bot.commands;

import java.util.Set;
import newsbot.bot.chat.ChatRequest;

/** Who may run admin commands: listed Telegram and Slack user ids; the local console always may. */
public record AdminPolicy(Set<Long> telegramAdmins, Set<String> slackAdmins) {
    public AdminPolicy {
        telegramAdmins = Set.copyOf(telegramAdmins);
        slackAdmins = Set.copyOf(slackAdmins);
    }

    public boolean isAdmin(ChatRequest r) {
        return switch (r.platform()) {
            case CONSOLE -> true;
            case SLACK -> slackAdmins.contains(r.userId());
            case TELEGRAM -> {
                try {
                    yield !r.userId().isEmpty() && telegramAdmins.contains(Long.parseLong(r.userId()));
                } catch (NumberFormatException e) {
                    yield false;
                }
            }
        };
    }
}
