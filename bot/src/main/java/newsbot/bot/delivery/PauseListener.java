package newsbot.bot.delivery;

/** Told when a subscription is paused after a permanent failure, e.g. to tell the admins. */
@FunctionalInterface
public interface PauseListener {
    void paused(String subscriber, String platform, String chat, String reason);
}
