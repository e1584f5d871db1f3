package newsbot.bot.telegram;

import java.util.Objects;
import java.util.Optional;
import newsbot.bot.chat.ChatKind;
import newsbot.bot.chat.ChatRequest;
import newsbot.bot.chat.Languages;
import newsbot.bot.chat.Origin;
import newsbot.bot.chat.Platform;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns a Telegram update into what the bot should do, or nothing. Rules:
 * <ul>
 *   <li>{@code /cmd args} anywhere; {@code /cmd@OtherBot} is ignored, {@code /cmd@OurBot} answered;</li>
 *   <li>channel posts that are commands are answered in the channel;</li>
 *   <li>plain text in a private chat is a search for that text ({@link Origin#TEXT}); elsewhere ignored;</li>
 *   <li>button presses carry their payload back as command and args ({@link Origin#BUTTON}).</li>
 * </ul>
 */
final class UpdateTranslator {
    static final String PLAIN_TEXT_COMMAND = "search";

    private final String botUsername;
    private final CallbackPayloads payloads;

    UpdateTranslator(String botUsername, CallbackPayloads payloads) {
        this.botUsername = Objects.requireNonNull(botUsername, "botUsername");
        this.payloads = Objects.requireNonNull(payloads, "payloads");
    }

    String botUsername() {
        return botUsername;
    }

    Optional<Inbound> translate(Update update) {
        if (update.hasCallbackQuery()) {
            return button(update.getCallbackQuery());
        }
        Message message = update.hasMessage() ? update.getMessage()
                : update.hasChannelPost() ? update.getChannelPost() : null;
        if (message == null || !message.hasText() || message.getChat() == null) {
            return Optional.empty(); // edits, joins, photos, …
        }
        return text(message);
    }

    private Optional<Inbound> text(Message message) {
        Chat chat = message.getChat();
        ChatKind kind = kindOf(chat);
        Optional<CommandText> command = CommandText.parse(message.getText());
        String name;
        String args;
        Origin origin;
        if (command.isPresent()) {
            if (!command.get().isFor(botUsername)) {
                return Optional.empty();
            }
            name = command.get().name();
            args = command.get().args();
            origin = Origin.COMMAND;
        } else if (kind == ChatKind.PRIVATE && !message.getText().isBlank()) {
            name = PLAIN_TEXT_COMMAND;
            args = message.getText();
            origin = Origin.TEXT;
        } else {
            return Optional.empty();
        }
        User from = message.getFrom();
        String replyContext = message.getReplyToMessage() != null && message.getReplyToMessage().hasText()
                ? message.getReplyToMessage().getText() : "";
        return Optional.of(new Inbound.Command(new ChatRequest(Platform.TELEGRAM, address(chat, message),
                userId(from), userName(from, chat), language(from), name, args, kind, origin, replyContext)));
    }

    private Optional<Inbound> button(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        if (message == null || message.getChat() == null || query.getData() == null) {
            return Optional.empty(); // inline-mode or game buttons: not ours
        }
        User from = query.getFrom();
        Chat chat = message.getChat();
        Optional<String> payload = payloads.decode(query.getData(), String.valueOf(chat.getId()));
        if (payload.isEmpty()) {
            return Optional.of(new Inbound.ExpiredButton(query.getId(), language(from)));
        }
        String data = payload.get();
        int colon = data.indexOf(':');
        String name = colon < 0 ? data : data.substring(0, colon);
        String args = colon < 0 ? "" : data.substring(colon + 1);
        if (name.isBlank()) {
            return Optional.empty();
        }
        // An "inaccessible" message (too old) has date 0: it can no longer be edited, so the answer goes as new.
        int messageId = message instanceof Message m && m.getMessageId() != null ? m.getMessageId() : 0;
        String address = message instanceof Message m ? address(chat, m) : String.valueOf(chat.getId());
        ChatRequest request = new ChatRequest(Platform.TELEGRAM, address, userId(from),
                userName(from, chat), language(from), name, args, kindOf(chat), Origin.BUTTON, "");
        return Optional.of(new Inbound.ButtonPress(request, query.getId(), messageId));
    }

    /**
     * The chat, and the forum topic when the message was posted in one: an answer goes back to that topic. Only a
     * topic message counts: in a group without topics a reply also carries a message_thread_id (its reply thread).
     */
    private static String address(Chat chat, Message message) {
        Optional<Integer> thread = Boolean.TRUE.equals(message.getIsTopicMessage())
                ? Optional.ofNullable(message.getMessageThreadId()) : Optional.empty();
        return TelegramChat.address(String.valueOf(chat.getId()), thread);
    }

    static ChatKind kindOf(Chat chat) {
        if (Boolean.TRUE.equals(chat.isUserChat())) {
            return ChatKind.PRIVATE;
        }
        if (Boolean.TRUE.equals(chat.isChannelChat())) {
            return ChatKind.CHANNEL;
        }
        return ChatKind.GROUP;
    }

    private static String userId(User from) {
        return from == null || from.getId() == null ? "" : String.valueOf(from.getId());
    }

    private static String userName(User from, Chat chat) {
        if (from == null) {
            return chat.getTitle() == null ? "" : chat.getTitle(); // channel posts have no sender
        }
        if (from.getUserName() != null && !from.getUserName().isBlank()) {
            return from.getUserName();
        }
        return from.getFirstName() == null ? "" : from.getFirstName();
    }

    private static String language(User from) {
        return from == null ? "" : Languages.normalize(from.getLanguageCode());
    }
}
