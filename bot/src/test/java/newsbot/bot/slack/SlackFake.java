package newsbot.bot.slack;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/** The fake Slack Web API for tests outside this package. */
public final class SlackFake implements AutoCloseable {
    private final FakeSlackServer server;

    public SlackFake() throws IOException {
        server = new FakeSlackServer();
    }

    public URI apiUrl() {
        return server.apiUrl();
    }

    /** The fallback texts posted to {@code channel} with chat.postMessage, in the order received. */
    public List<String> texts(String channel) {
        return server.calls("chat.postMessage").stream().filter(c -> channel.equals(c.params().get("channel")))
                .map(c -> c.params().get("text")).toList();
    }

    /** A file shared to a channel by files.completeUploadExternal: its comment and the bytes uploaded for it. */
    public record Upload(String comment, byte[] bytes) {
    }

    /** The files shared to {@code channel}, in order (completions Slack accepted). */
    public List<Upload> uploads(String channel) {
        return server.uploadsTo(channel);
    }

    /** Every Web API method called, in order ("chat.postMessage", "files.getUploadURLExternal", …). */
    public List<String> methods() {
        return server.methods();
    }

    public void failNextCompleteUpload(int status, String error, Integer retryAfter) {
        server.failNextCompleteUpload(status, error, retryAfter);
    }

    public void failNextPostMessage(int status, String error, Integer retryAfter) {
        server.failNextPostMessage(status, error, retryAfter);
    }

    @Override
    public void close() {
        server.close();
    }
}
