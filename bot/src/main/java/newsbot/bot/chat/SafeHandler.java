package newsbot.bot.chat;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the router so that its exceptions become an apology and a log entry, never a silent drop. */
public final class SafeHandler {
    private static final Logger log = LoggerFactory.getLogger(SafeHandler.class);

    private final ChatHandler handler;

    public SafeHandler(ChatHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    public ChatReply handle(ChatRequest request) {
        try {
            ChatReply reply = handler.handle(request);
            return reply == null ? ChatReply.none() : reply;
        } catch (RuntimeException e) {
            log.error("{} chat {}: handler failed on /{}", request.platform(), request.chatId(), request.command(), e);
            return Apology.forLanguage(request.languageCode());
        }
    }
}
