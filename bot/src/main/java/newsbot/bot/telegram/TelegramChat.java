package newsbot.bot.telegram;

import java.util.Optional;

/**
 * Where a Telegram message goes: a chat, and in a supergroup with forum topics, one topic of it. The rest of the bot
 * knows a Telegram destination as one string, {@code CHAT} or {@code CHAT/THREAD} (e.g. {@code -1001234567890/42}),
 * so a reply, a {@code /subscribe} made in a topic and a configured {@code thread} all reach that topic with no
 * change outside this adapter. Telegram chat ids (numbers, {@code @channelname}) never contain a slash.
 *
 * @param chatId the Bot API chat_id
 * @param thread the Bot API message_thread_id of a forum topic, if any
 */
public record TelegramChat(String chatId, Optional<Integer> thread) {
    public TelegramChat {
        if (chatId.isBlank() || chatId.contains("/")) {
            throw new IllegalArgumentException("not a Telegram chat id: " + chatId);
        }
        if (thread.isPresent() && thread.get() <= 0) {
            throw new IllegalArgumentException("a forum topic's message_thread_id is positive, not " + thread.get());
        }
    }

    /** Reads {@code CHAT} or {@code CHAT/THREAD}. */
    public static TelegramChat parse(String address) {
        int slash = address.indexOf('/');
        if (slash < 0) {
            return new TelegramChat(address, Optional.empty());
        }
        try {
            return new TelegramChat(address.substring(0, slash), Optional.of(Integer.parseInt(address.substring(slash + 1))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a Telegram chat/topic address: " + address, e);
        }
    }

    public static String address(String chatId, Optional<Integer> thread) {
        return new TelegramChat(chatId, thread).address();
    }

    /** {@code CHAT} or {@code CHAT/THREAD}. */
    public String address() {
        return thread.map(t -> chatId + "/" + t).orElse(chatId);
    }
}
