package newsbot.bot.telegram;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/** The fake Bot API for tests outside this package: what was posted to a chat, and failures to inject. */
public final class TelegramFake implements AutoCloseable {
    private final FakeTelegramServer server;

    public TelegramFake() throws IOException {
        server = new FakeTelegramServer();
    }

    public URI url() {
        return server.url();
    }

    /** The texts posted to {@code chatId} with sendMessage, in the order received. */
    public List<String> texts(String chatId) {
        return server.sentTo(chatId).stream().map(c -> c.param("text")).toList();
    }

    /** The next sendMessage to {@code chatId} fails with this Bot API error. */
    public void failNextSend(String chatId, int code, String description, Integer retryAfter) {
        server.failNextSend(chatId, code, description, retryAfter);
    }

    @Override
    public void close() {
        server.close();
    }
}
