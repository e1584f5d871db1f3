package newsbot.bot.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.DeliveryListener;
import newsbot.bot.chat.MessageSender;
import newsbot.bot.chat.Platform;
import newsbot.bot.chat.SendResult;
import newsbot.bot.commands.CommandNames;
import newsbot.bot.config.BotConfig;
import newsbot.bot.delivery.PauseListener;
import newsbot.core.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the admins of a platform, in a direct message, that the bot lost a chat (best effort: an admin who never
 * wrote to the bot cannot be messaged on Telegram). Two cases: a subscription's digests were paused (the outbox
 * says so, and /status shows it), or a reply to a command could not be posted in a chat without an active
 * subscription. A chat is reported at most once a day, and an admin's own chat never, so a blocked admin cannot
 * start a loop of alerts.
 */
final class AdminAlert implements PauseListener, DeliveryListener {
    private static final Logger log = LoggerFactory.getLogger(AdminAlert.class);
    static final Duration QUIET = Duration.ofHours(24);
    private static final int REMEMBERED_CHATS = 1_000;

    private final LiveConfig live;
    private final Supplier<MessageSender> sender;
    private final Clock clock;
    private final Map<String, Instant> lastAlert = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > REMEMBERED_CHATS;
        }
    };

    /** @param sender the adapters' sender, looked up when an alert goes out (the adapters start after this exists) */
    AdminAlert(LiveConfig live, Supplier<MessageSender> sender, Clock clock) {
        this.live = live;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public void paused(String subscriber, String platform, String chat, String reason) {
        Platform p = Platform.valueOf(platform.toUpperCase(Locale.ROOT));
        tell(p, chat, "newsbot: scheduled digests to " + platform + " chat " + chat + " are paused: " + reason
                + ". Fix the bot's access, then send " + subscribeCommand(p) + " in that chat to resume.");
    }

    /** What the admins type in that chat: on Slack the workspace may have renamed it ({@code slack.commands}). */
    private String subscribeCommand(Platform p) {
        return p == Platform.SLACK ? CommandNames.of(live.current().slack().commands()).slash("subscribe") : "/subscribe";
    }

    @Override
    public void permanentFailure(Platform platform, String chatId, SendResult.PermanentFailure failure) {
        if (!failure.chatLost()) {
            log.warn("{} chat {}: a message was refused: {}", platform, chatId, failure.reason());
            return; // one message, not the chat: nothing the admins can fix in the chat's settings
        }
        log.warn("{} chat {} cannot be posted to any more: {}", platform, chatId, failure.reason());
        if (hasActiveSubscription(platform, chatId)) {
            return; // the outbox pauses it and says so, with how to resume
        }
        tell(platform, chatId, "newsbot: cannot post in " + platform.name().toLowerCase(Locale.ROOT) + " chat " + chatId
                + ": " + failure.reason() + ". Replies to commands there are lost until the bot's access is restored.");
    }

    private boolean hasActiveSubscription(Platform platform, String chatId) {
        try {
            return live.digests().delivery().subscriptions().stream().anyMatch(s -> !s.paused()
                    && s.spec().platform().equalsIgnoreCase(platform.name()) && s.spec().chat().equals(chatId));
        } catch (StoreException e) {
            log.warn("cannot read subscriptions to decide whether to alert admins: {}", e.getMessage());
            return false;
        }
    }

    private void tell(Platform platform, String chat, String text) {
        List<String> admins = admins(platform);
        MessageSender out = sender.get();
        if (out == null) {
            log.warn("cannot tell the admins yet (no chat adapter running): {}", text);
            return;
        }
        if (admins.contains(chat) || !firstInQuietPeriod(platform, chat)) {
            return;
        }
        List<ChatMessage> message = List.of(ChatMessage.plain(text));
        for (String admin : admins) {
            if (!out.send(platform, admin, message).isSent()) {
                log.info("could not tell admin {} on {} about chat {}", admin, platform, chat);
            }
        }
    }

    private List<String> admins(Platform platform) {
        BotConfig c = live.current();
        List<String> admins = new ArrayList<>();
        if (platform == Platform.TELEGRAM) {
            c.telegram().admins().forEach(id -> admins.add(String.valueOf(id)));
        } else if (platform == Platform.SLACK) {
            admins.addAll(c.slack().admins());
        }
        return admins;
    }

    private boolean firstInQuietPeriod(Platform platform, String chat) {
        Instant now = clock.instant();
        synchronized (lastAlert) {
            Instant last = lastAlert.get(platform + "/" + chat);
            if (last != null && now.isBefore(last.plus(QUIET))) {
                return false;
            }
            lastAlert.put(platform + "/" + chat, now);
            return true;
        }
    }
}
