package newsbot.bot.telegram;

import newsbot.bot.chat.ChatRequest;

/** An update the bot should act on, translated. */
sealed interface Inbound {

    /** A command (or private plain text) to answer with new messages. */
    record Command(ChatRequest request) implements Inbound {
    }

    /**
     * A press on one of our inline buttons.
     *
     * @param messageId the message carrying the button, to edit in place; 0 when Telegram no longer shows it to us
     */
    record ButtonPress(ChatRequest request, String callbackQueryId, int messageId) implements Inbound {
    }

    /** A press on a button whose long payload this process no longer remembers. */
    record ExpiredButton(String callbackQueryId, String languageCode) implements Inbound {
    }
}
