package newsbot.bot.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.MessageSender;
import newsbot.bot.chat.Platform;
import newsbot.bot.config.BotConfig;
import newsbot.bot.delivery.PauseListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the admins of a platform, in a direct message, that a chat's digests were paused (best effort: an admin
 * who never wrote to the bot cannot be messaged on Telegram). /status shows it as well.
 */
final class AdminAlert implements PauseListener {
    private static final Logger log = LoggerFactory.getLogger(AdminAlert.class);
    private final LiveConfig live;
    private final MessageSender sender;

    AdminAlert(LiveConfig live, MessageSender sender) {
        this.live = live;
        this.sender = sender;
    }

    @Override
    public void paused(String subscriber, String platform, String chat, String reason) {
        BotConfig c = live.current();
        Platform p = Platform.valueOf(platform.toUpperCase(Locale.ROOT));
        List<String> admins = new ArrayList<>();
        if (p == Platform.TELEGRAM) {
            c.telegram().admins().forEach(id -> admins.add(String.valueOf(id)));
        } else if (p == Platform.SLACK) {
            admins.addAll(c.slack().admins());
        }
        ChatMessage m = ChatMessage.plain("newsbot: scheduled digests to " + platform + " chat " + chat
                + " are paused: " + reason + ". Fix the bot's access, then send /subscribe in that chat to resume.");
        for (String admin : admins) {
            if (admin.equals(chat)) {
                continue;
            }
            if (!sender.send(p, admin, List.of(m)).isSent()) {
                log.info("could not tell admin {} on {} about the paused chat {}", admin, platform, chat);
            }
        }
    }
}
