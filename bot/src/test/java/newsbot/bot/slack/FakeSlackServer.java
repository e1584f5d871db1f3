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
 * apps.connections.open, conversations.info, and a file upload: files.getUploadURLExternal, the upload URL under
 * /upload/, files.completeUploadExternal, files.info) and response_url endpoints under /response/, recording every
 * call; the next chat.postMessage, file upload completion or response_url post can be made to fail.
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
    private final Deque<Failure> completeFailures = new ArrayDeque<>();
    private final Map<String, byte[]> uploads = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger fileIds = new AtomicInteger();
    private final java.util.Set<ApiCall> completed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicInteger ts = new AtomicInteger();
    private volatile String socketModeUrl = "ws://127.0.0.1:1/";
    private final java.util.Set<String> rejectedTokens = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Map<String, ObjectNode> channels = new java.util.concurrent.ConcurrentHashMap<>();

    public FakeSlackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/api/", this::api);
        server.createContext("/response/", this::responseUrl);
        server.createContext("/upload/", this::upload);
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

    /** files.completeUploadExternal calls that were answered ok. */
    List<ApiCall> completedUploads() {
        return calls("files.completeUploadExternal").stream().filter(completed::contains).toList();
    }

    /** The bytes uploaded for the (first) file a completion shares. */
    byte[] uploadedBytes(ApiCall completion) {
        try {
            String id = JSON.readTree(completion.params().get("files")).get(0).get("id").asText();
            return uploads.getOrDefault(id, new byte[0]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The files shared to {@code channel}, in order (completions answered ok): comment and uploaded bytes. */
    public List<SlackFake.Upload> uploadsTo(String channel) {
        return completedUploads().stream().filter(c -> channel.equals(c.params().get("channel_id")))
                .map(c -> new SlackFake.Upload(c.params().get("initial_comment"), uploadedBytes(c))).toList();
    }

    public List<String> methods() {
        return apiCalls.stream().map(ApiCall::method).toList();
    }

    /** The bytes posted to the upload URL of file {@code fileId}, if any. */
    public java.util.Optional<byte[]> uploaded(String fileId) {
        return java.util.Optional.ofNullable(uploads.get(fileId));
    }

    /** The next files.completeUploadExternal fails (after the bytes were uploaded). */
    public synchronized void failNextCompleteUpload(int status, String error, Integer retryAfter) {
        completeFailures.add(new Failure(status, error, retryAfter));
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
            ApiCall call = new ApiCall(method, authorization, params);
            apiCalls.add(call);
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
                case "files.getUploadURLExternal" -> {
                    String id = "F" + fileIds.incrementAndGet();
                    reply(ex, 200, JSON.createObjectNode().put("ok", true).put("file_id", id).put("upload_url",
                            "http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + id), null);
                }
                case "files.completeUploadExternal" -> completeUpload(ex, call, params);
                case "files.info" -> {
                    ObjectNode answer = JSON.createObjectNode().put("ok", true);
                    answer.set("file", JSON.createObjectNode().put("id", params.get("file")));
                    reply(ex, 200, answer, null);
                }
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

    private void completeUpload(HttpExchange ex, ApiCall call, Map<String, String> params) throws IOException {
        Failure f = next(completeFailures);
        if (f != null) {
            reply(ex, f.status(), JSON.createObjectNode().put("ok", false).put("error", f.error()), f.retryAfter());
            return;
        }
        JsonNode files = JSON.readTree(params.getOrDefault("files", "[]"));
        boolean allUploaded = files.size() > 0;
        for (JsonNode file : files) {
            allUploaded &= uploads.containsKey(file.path("id").asText());
        }
        if (!allUploaded) {
            reply(ex, 200, JSON.createObjectNode().put("ok", false).put("error", "file_not_found"), null);
            return;
        }
        completed.add(call);
        ObjectNode answer = JSON.createObjectNode().put("ok", true);
        answer.set("files", files);
        reply(ex, 200, answer, null);
    }

    private void upload(HttpExchange ex) throws IOException {
        try (ex) {
            String id = ex.getRequestURI().getPath().substring("/upload/".length());
            byte[] bytes = ex.getRequestBody().readAllBytes();
            uploads.put(id, bytes);
            byte[] ok = ("OK - " + bytes.length).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, ok.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(ok);
            }
        }
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
