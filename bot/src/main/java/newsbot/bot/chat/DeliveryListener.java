package newsbot.bot.chat;

/** Told when a chat cannot be posted to any more (bot blocked, kicked, channel gone), e.g. to warn the admins. */
@FunctionalInterface
public interface DeliveryListener {
    DeliveryListener NONE = (platform, chatId, failure) -> { };

    void permanentFailure(Platform platform, String chatId, SendResult.PermanentFailure failure);
}
