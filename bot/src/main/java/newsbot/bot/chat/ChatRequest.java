package newsbot.bot.chat;

import java.util.Objects;

/**
 * One thing a user asked the bot, stripped of its platform.
 *
 * @param platform     where it came from
 * @param chatId       the platform's chat id (Telegram chat id, Slack channel id), where the answer goes
 * @param userId       the asking user's id; empty for Telegram channel posts, which have no sender
 * @param userName     a display name (username, else first name); may be empty
 * @param languageCode "zh", "en" or "" when unknown (Slack does not say)
 * @param command      the command without slash or @BotName, lower case: "latest", "search", …
 * @param args         the rest of the line, trimmed; empty when none
 * @param kind         private chat, group or channel
 * @param origin       typed command, plain text (private chats only: passed as "search") or a button press
 * @param replyContext the text of the message the command replies to (Telegram), else empty
 */
public record ChatRequest(Platform platform, String chatId, String userId, String userName, String languageCode,
                          String command, String args, ChatKind kind, Origin origin, String replyContext) {

    public ChatRequest {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        chatId = requireText(chatId, "chatId");
        command = requireText(command, "command");
        userId = Objects.requireNonNullElse(userId, "");
        userName = Objects.requireNonNullElse(userName, "");
        languageCode = Objects.requireNonNullElse(languageCode, "");
        args = Objects.requireNonNullElse(args, "").strip();
        replyContext = Objects.requireNonNullElse(replyContext, "");
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
