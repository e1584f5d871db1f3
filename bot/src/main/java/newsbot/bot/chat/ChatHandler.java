package newsbot.bot.chat;

/**
 * Answers chat requests; the command router implements it. Called on adapter worker threads, one request of a chat
 * at a time, so it may block (database, search) but should not take long. Exceptions it throws become a short
 * apology to the user and a log entry.
 */
@FunctionalInterface
public interface ChatHandler {
    ChatReply handle(ChatRequest request);
}
