package newsbot.bot.chat;

import java.time.Duration;
import java.util.List;

/** The outcome of posting messages to one chat. {@code delivered} counts the messages posted before a failure. */
public sealed interface SendResult {

    /** Every message was posted; ids are the platform's (Telegram message_id, Slack ts). */
    record Sent(List<String> messageIds) implements SendResult {
        public Sent {
            messageIds = List.copyOf(messageIds);
        }
    }

    /** Worth trying again later, not before {@code retryAfter} (zero when the platform did not say). */
    record RetryableFailure(int delivered, String reason, Duration retryAfter) implements SendResult {
    }

    /** Trying again will not help: bot blocked or kicked (403), chat not found, message rejected (400). */
    record PermanentFailure(int delivered, String reason, int code) implements SendResult {
        /**
         * Whether the chat itself is closed to the bot (blocked, kicked, deleted, moved), rather than one message
         * rejected (too long, bad markup): Telegram says 403, or 400 "chat not found" or a group's move; Slack's
         * sender maps channel_not_found and friends to 404 and not_in_channel and friends to 403.
         */
        public boolean chatLost() {
            return code == 403 || code == 404 || reason.contains("chat not found") || reason.contains("group moved to chat");
        }
    }

    default boolean isSent() {
        return this instanceof Sent;
    }
}
