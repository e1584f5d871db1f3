package newsbot.bot.chat;

import java.util.List;

/**
 * Posts messages to a chat outside of any request (scheduled digests). Implementations pace per chat, honour the
 * platform's retry-after, retry transient errors a bounded number of times and never drop a failure silently: the
 * result says what happened, and permanent failures also reach the {@link DeliveryListener}.
 */
public interface MessageSender {

    /** Posts {@code messages} in order, stopping at the first that cannot be posted. Blocks while pacing/retrying. */
    SendResult send(Platform platform, String chatId, List<ChatMessage> messages);
}
