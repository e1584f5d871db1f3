package newsbot.bot.chat;

/**
 * Told when a chat cannot be posted to any more (bot blocked, kicked, channel gone), e.g. to warn the admins; and,
 * for the metrics, of every call that did not post and every retry_after waited out.
 */
@FunctionalInterface
public interface DeliveryListener {
    DeliveryListener NONE = (platform, chatId, failure) -> { };

    void permanentFailure(Platform platform, String chatId, SendResult.PermanentFailure failure);

    /** One platform call did not post (it may be retried). */
    default void attemptFailed(Platform platform, Attempt failed) {
    }

    /** A 429's retry_after is being waited out before the next try. */
    default void rateLimitWait(Platform platform, java.time.Duration wait) {
    }
}
