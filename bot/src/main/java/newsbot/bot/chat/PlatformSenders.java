package newsbot.bot.chat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One {@link MessageSender} over the adapters that are running, chosen by platform. */
public final class PlatformSenders implements MessageSender {
    private final Map<Platform, MessageSender> senders;

    public PlatformSenders(Map<Platform, MessageSender> senders) {
        this.senders = new EnumMap<>(Platform.class);
        this.senders.putAll(senders);
    }

    @Override
    public SendResult send(Platform platform, String chatId, List<ChatMessage> messages) {
        MessageSender sender = senders.get(platform);
        if (sender == null) {
            return new SendResult.PermanentFailure(0, platform + " is not configured", 0);
        }
        return sender.send(platform, chatId, messages);
    }
}
