package newsbot.bot.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What an endpoint answers: status, content type, body and any extra headers. */
public record HttpAnswer(int status, String contentType, byte[] body, Map<String, List<String>> headers) {
    public HttpAnswer {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    public static HttpAnswer text(int status, String text) {
        return new HttpAnswer(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static HttpAnswer empty(int status) {
        return new HttpAnswer(status, "text/plain; charset=utf-8", new byte[0], Map.of());
    }
}
