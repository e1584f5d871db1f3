package newsbot.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode on the JDK's own HTTP server (no Jetty): each POST to the Request URL is parsed by Bolt's
 * {@link SlackRequestParser} and run through the {@link App}, whose middleware verifies the signature (401 when bad
 * or older than five minutes) before any listener sees it.
 */
final class SlackHttpServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);
    /** Slack payloads are a few KB; anything far larger is not from Slack. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final App app;
    private final SlackRequestParser parser;
    private final HttpServer server;
    private final ExecutorService executor;

    SlackHttpServer(App app, String host, int port, String path) throws IOException {
        this.app = Objects.requireNonNull(app, "app");
        this.parser = new SlackRequestParser(app.config());
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "slack-http");
            t.setDaemon(true);
            return t;
        });
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.setExecutor(executor);
        server.createContext(path, this::serve);
    }

    void start() {
        server.start();
        log.info("slack: HTTP mode listening on {}", server.getAddress());
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"POST".equals(ex.getRequestMethod())) {
                write(ex, 405, "text/plain", "POST only", Map.of());
                return;
            }
            byte[] bytes;
            try (InputStream in = ex.getRequestBody()) {
                bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            if (bytes.length > MAX_BODY_BYTES) {
                write(ex, 413, "text/plain", "too large", Map.of());
                return;
            }
            String query = ex.getRequestURI().getRawQuery();
            SlackRequestParser.HttpRequest raw = SlackRequestParser.HttpRequest.builder()
                    .requestUri(ex.getRequestURI().getPath())
                    .queryString(query == null ? Map.of() : QueryStringParser.toMap(query))
                    .requestBody(new String(bytes, StandardCharsets.UTF_8))
                    .headers(new RequestHeaders(ex.getRequestHeaders()))
                    .remoteAddress(ex.getRemoteAddress().getAddress().getHostAddress())
                    .build();
            Request<?> request = parser.parse(raw);
            if (request == null) {
                write(ex, 400, "text/plain", "not a Slack request", Map.of());
                return;
            }
            Response response = app.run(request);
            write(ex, response.getStatusCode() == null ? 200 : response.getStatusCode(),
                    response.getContentType(), response.getBody(), response.getHeaders());
        } catch (Exception e) {
            log.error("slack: request failed", e);
            try {
                write(ex, 500, "text/plain", "error", Map.of());
            } catch (IOException | RuntimeException ignored) {
                // headers were already sent: nothing more to tell the caller
            }
        }
    }

    private static void write(HttpExchange ex, int status, String contentType, String body,
                              Map<String, List<String>> headers) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (headers != null) {
            headers.forEach((name, values) -> ex.getResponseHeaders().put(name, values));
        }
        ex.getResponseHeaders().set("Content-Type", contentType == null ? "text/plain" : contentType);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
