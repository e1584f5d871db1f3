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

    /** A photo posted with sendPhoto: its caption and bytes. */
    public record Photo(String caption, byte[] png) {
    }

    /** The photos posted to {@code chatId} (refused attempts included), in order. */
    public List<Photo> photos(String chatId) {
        return server.photosTo(chatId).stream().map(c -> new Photo(c.param("caption"), c.file("photo"))).toList();
    }

    /** What was posted to {@code chatId}, in order: "sendmessage" or "sendphoto" per call. */
    public List<String> posts(String chatId) {
        return server.calls().stream().filter(c -> c.method().startsWith("send") && chatId.equals(c.param("chat_id")))
                .map(FakeTelegramServer.Call::method).toList();
    }

    /** The next sendPhoto to {@code chatId} fails with this Bot API error. */
    public void failNextPhoto(String chatId, int code, String description, Integer retryAfter) {
        server.failNextPhoto(chatId, code, description, retryAfter);
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
