package newsbot.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Slack on 127.0.0.1: the Web API under /api/ (auth.test, chat.postMessage,
 * apps.connections.open, conversations.info) and response_url endpoints under /response/, recording every call; the next
 * chat.postMessage or response_url post can be made to fail.
 */
public final class FakeSlackServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record ApiCall(String method, String authorization, Map<String, String> params) {
    }

    public record ResponsePost(String id, JsonNode body) {
    }

    private record Failure(int status, String error, Integer retryAfter) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-slack");
        t.setDaemon(true);
        return t;
    });
    private final List<ApiCall> apiCalls = new CopyOnWriteArrayList<>();
    private final List<ResponsePost> responses = new CopyOnWriteArrayList<>();
    private final Deque<Failure> postMessageFailures = new ArrayDeque<>();
    private final Deque<Failure> responseFailures = new ArrayDeque<>();
    private final AtomicInteger ts = new AtomicInteger();
    private volatile String socketModeUrl = "ws://127.0.0.1:1/";
    private final java.util.Set<String> rejectedTokens = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Map<String, ObjectNode> channels = new java.util.concurrent.ConcurrentHashMap<>();

    public FakeSlackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/api/", this::api);
        server.createContext("/response/", this::responseUrl);
        server.start();
    }

    public URI apiUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
    }

    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    public void socketModeUrl(String url) {
        socketModeUrl = url;
    }

    /** Every Web API call with this token is answered {@code invalid_auth}, as Slack does for a revoked token. */
    public void rejectToken(String token) {
        rejectedTokens.add(token);
    }

    /** conversations.info answers for this channel; any other is {@code channel_not_found}. */
    public void knownChannel(String id, String name, boolean botIsMember) {
        channels.put(id, JSON.createObjectNode().put("id", id).put("name", name).put("is_channel", true)
                .put("is_member", botIsMember));
    }

    public List<ApiCall> calls(String method) {
        return apiCalls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<ResponsePost> responses(String id) {
        return responses.stream().filter(r -> r.id().equals(id)).toList();
    }

    public synchronized void failNextPostMessage(int status, String error, Integer retryAfter) {
        postMessageFailures.add(new Failure(status, error, retryAfter));
    }

    public synchronized void failNextResponse(int status, Integer retryAfter) {
        responseFailures.add(new Failure(status, "rate_limited", retryAfter));
    }

    private synchronized Failure next(Deque<Failure> failures) {
        return failures.poll();
    }

    private void api(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestURI().getPath().substring("/api/".length());
            Map<String, String> params = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String authorization = ex.getRequestHeaders().getFirst("Authorization");
            apiCalls.add(new ApiCall(method, authorization, params));
            if (authorization != null && rejectedTokens.contains(authorization.replaceFirst("^Bearer ", ""))) {
                reply(ex, 200, JSON.createObjectNode().put("ok", false).put("error", "invalid_auth"), null);
                return;
            }
            switch (method) {
                case "auth.test" -> reply(ex, 200, JSON.createObjectNode().put("ok", true)
                        .put("url", "https://fake.slack.test/").put("team", "Fake").put("user", "newsbot")
                        .put("team_id", "T0001").put("user_id", "U0BOT").put("bot_id", "B0001"), null);
                case "apps.connections.open" ->
                        reply(ex, 200, JSON.createObjectNode().put("ok", true).put("url", socketModeUrl), null);
                case "chat.postMessage" -> postMessage(ex, params);
                case "conversations.info" -> {
                    ObjectNode channel = channels.get(params.get("channel"));
                    ObjectNode answer = channel == null
                            ? JSON.createObjectNode().put("ok", false).put("error", "channel_not_found")
                            : JSON.createObjectNode().put("ok", true);
                    if (channel != null) {
                        answer.set("channel", channel);
                    }
                    reply(ex, 200, answer, null);
                }
                default -> reply(ex, 200, JSON.createObjectNode().put("ok", false).put("error", "unknown_method"),
                        null);
            }
        }
    }

    private void postMessage(HttpExchange ex, Map<String, String> params) throws IOException {
        Failure f = next(postMessageFailures);
        if (f != null) {
            reply(ex, f.status(), JSON.createObjectNode().put("ok", false).put("error", f.error()), f.retryAfter());
            return;
        }
        reply(ex, 200, JSON.createObjectNode().put("ok", true).put("channel", params.get("channel"))
                .put("ts", "1700000000.00000" + ts.incrementAndGet()), null);
    }

    private void responseUrl(HttpExchange ex) throws IOException {
        try (ex) {
            String id = ex.getRequestURI().getPath().substring("/response/".length());
            JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
            responses.add(new ResponsePost(id, body));
            Failure f = next(responseFailures);
            if (f != null) {
                reply(ex, f.status(), JSON.createObjectNode().put("ok", false).put("error", f.error()),
                        f.retryAfter());
                return;
            }
            reply(ex, 200, JSON.createObjectNode().put("ok", true), null);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private static void reply(HttpExchange ex, int status, ObjectNode body, Integer retryAfter) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        if (retryAfter != null) {
            ex.getResponseHeaders().set("Retry-After", retryAfter.toString());
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
