package newsbot.bot.chat;

import java.util.List;

/** What the bot answers to one request: zero or more messages, posted in order. */
public record ChatReply(List<ChatMessage> messages) {

    public ChatReply {
        messages = List.copyOf(messages);
    }

    public static ChatReply none() {
        return new ChatReply(List.of());
    }

    public static ChatReply of(ChatMessage... messages) {
        return new ChatReply(List.of(messages));
    }

    public static ChatReply plain(String text) {
        return of(ChatMessage.plain(text));
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }
}
