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
    }

    default boolean isSent() {
        return this instanceof Sent;
    }
}
