package newsbot.bot.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One whole HTTP request, read by {@link GuardedHttpServer} before any endpoint sees it.
 *
 * @param method  "GET", "POST" …
 * @param path    the path without the query
 * @param query   the raw query string, "" when none
 * @param headers header name (as sent) to its values
 * @param body    the request body, at most the server's limit
 */
public record HttpCall(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
    public HttpCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of a header, matched case-insensitively; "" when absent. */
    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0)).findFirst().orElse("");
    }
}
