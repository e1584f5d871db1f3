package newsbot.bot.telegram;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import newsbot.bot.chat.Attempt;
import newsbot.bot.chat.Button;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.ChatRateLimiter;
import newsbot.bot.chat.Delivery;
import newsbot.bot.chat.Format;
import newsbot.bot.chat.MessageSender;
import newsbot.bot.chat.Platform;
import newsbot.bot.chat.SendResult;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts {@link ChatMessage}s through the Bot API: HTML parse mode for {@link Format#TELEGRAM_HTML}, buttons as one
 * row of an inline keyboard, link previews off (digests are lists of links). Paced per chat, retried by
 * {@link Delivery}; Bot API errors are classified here.
 */
public final class TelegramSender implements MessageSender {
    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

    private final TelegramClient client;
    private final Delivery delivery;
    private final CallbackPayloads payloads;

    TelegramSender(TelegramClient client, Delivery delivery, CallbackPayloads payloads) {
        this.client = Objects.requireNonNull(client, "client");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.payloads = Objects.requireNonNull(payloads, "payloads");
    }

    @Override
    public SendResult send(Platform platform, String chatId, List<ChatMessage> messages) {
        if (platform != Platform.TELEGRAM) {
            throw new IllegalArgumentException("this sender posts to Telegram, not " + platform);
        }
        return delivery.deliverAll(chatId, limitsFor(chatId), messages, m -> post(chatId, m));
    }

    /**
     * Replaces the text and buttons of message {@code messageId} (a page turned by a button). Falls back to posting
     * a new message when the old one cannot be edited any more.
     */
    SendResult edit(String chatId, int messageId, ChatMessage message) {
        Attempt outcome = delivery.deliver(chatId, limitsFor(chatId), () -> call(() -> {
            EditMessageText edit = EditMessageText.builder().chatId(TelegramChat.parse(chatId).chatId())
                    .messageId(messageId)
                    .text(message.text()).parseMode(parseMode(message)).replyMarkup(keyboard(message, TelegramChat.parse(chatId).chatId()))
                    .linkPreviewOptions(noPreview()).build();
            client.execute(edit);
            return new Attempt.Ok(String.valueOf(messageId));
        }));
        if (outcome instanceof Attempt.Permanent p && p.reason().contains("message is not modified")) {
            return new SendResult.Sent(List.of(String.valueOf(messageId))); // same page again: nothing to do
        }
        if (outcome instanceof Attempt.Permanent p && p.code() == 400) {
            log.info("telegram chat {}: cannot edit message {} ({}); posting a new one", chatId, messageId,
                    p.reason());
            return send(Platform.TELEGRAM, chatId, List.of(message));
        }
        return delivery.report(chatId, 0, outcome);
    }

    /** Stops the button's spinner; a failure here only costs the user a few seconds of spinner, so no retries. */
    void answerCallback(String callbackQueryId, String text) {
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId)
                    .text(text.isEmpty() ? null : text).build());
        } catch (TelegramApiException e) {
            log.info("telegram: answerCallbackQuery failed: {}", e.getMessage());
        }
    }

    private Attempt post(String chatId, ChatMessage message) {
        if (!message.picture().isNone()) {
            return postPhoto(chatId, message);
        }
        return call(() -> {
            TelegramChat to = TelegramChat.parse(chatId);
            SendMessage send = SendMessage.builder().chatId(to.chatId()).messageThreadId(to.thread().orElse(null))
                    .text(message.text())
                    .parseMode(parseMode(message)).replyMarkup(keyboard(message, TelegramChat.parse(chatId).chatId()))
                    .linkPreviewOptions(noPreview()).build();
            Message sent = client.execute(send);
            return new Attempt.Ok(sent == null || sent.getMessageId() == null ? "" : sent.getMessageId().toString());
        });
    }

    /** sendPhoto: the picture uploaded as multipart, the message's text as its caption. */
    private Attempt postPhoto(String chatId, ChatMessage message) {
        return call(() -> {
            TelegramChat to = TelegramChat.parse(chatId);
            SendPhoto send = SendPhoto.builder().chatId(to.chatId()).messageThreadId(to.thread().orElse(null))
                    .photo(new InputFile(new ByteArrayInputStream(message.picture().png()), message.picture().fileName()))
                    .caption(message.text()).parseMode(parseMode(message)).build();
            Message sent = client.execute(send);
            return new Attempt.Ok(sent == null || sent.getMessageId() == null ? "" : sent.getMessageId().toString());
        });
    }

    /** Bot API error codes to what they mean for retrying. */
    static Attempt call(ApiCall call) {
        try {
            return call.run();
        } catch (TelegramApiValidationException e) {
            return new Attempt.Permanent(400, "invalid request: " + e.getMessage());
        } catch (TelegramApiRequestException e) {
            int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
            String reason = e.getApiResponse() == null ? String.valueOf(e.getMessage()) : e.getApiResponse();
            if (code == 429) {
                Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                return new Attempt.RateLimited(Duration.ofSeconds(after == null ? 0 : after), reason);
            }
            if (e.getParameters() != null && e.getParameters().getMigrateToChatId() != null) {
                return new Attempt.Permanent(code, reason + " (group moved to chat "
                        + e.getParameters().getMigrateToChatId() + ")");
            }
            if (code == 400 || code == 401 || code == 403 || code == 404) {
                return new Attempt.Permanent(code, reason);
            }
            return new Attempt.Transient(code == 0 ? reason : code + " " + reason); // 5xx, garbled answers
        } catch (TelegramApiException e) {
            // network trouble surfaces as a wrapped IOException; its message names no URL, so no token leaks
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Attempt.Transient(cause instanceof IOException ? "network: " + cause.getMessage()
                    : String.valueOf(e.getMessage()));
        }
    }

    @FunctionalInterface
    interface ApiCall {
        Attempt run() throws TelegramApiException;
    }

    /**
     * Telegram user chats have positive ids; groups, supergroups and channels negative ones (or an @name). Each forum
     * topic is paced on its own; together they may exceed a group's 20 a minute, which Telegram answers with a 429.
     */
    static ChatRateLimiter.Limits limitsFor(String chatId) {
        return chatId.startsWith("-") || chatId.startsWith("@")
                ? ChatRateLimiter.Limits.TELEGRAM_GROUP : ChatRateLimiter.Limits.TELEGRAM_PRIVATE;
    }

    private static String parseMode(ChatMessage message) {
        return message.format() == Format.TELEGRAM_HTML ? ParseMode.HTML : null;
    }

    private static LinkPreviewOptions noPreview() {
        return LinkPreviewOptions.builder().isDisabled(true).build();
    }

    private InlineKeyboardMarkup keyboard(ChatMessage message, String chatId) {
        if (message.buttons().isEmpty()) {
            return null;
        }
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (Button b : message.buttons()) {
            row.add(InlineKeyboardButton.builder().text(b.label()).callbackData(payloads.encode(b.payload(), chatId)).build());
        }
        return InlineKeyboardMarkup.builder().keyboardRow(row).build();
    }
}
