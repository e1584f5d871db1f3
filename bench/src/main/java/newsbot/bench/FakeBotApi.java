package newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Bot API stand-in on 127.0.0.1 for the load benchmark: hands out queued updates through getUpdates and notes when
 * each chat's update was served; notes when each sendMessage to a chat arrives. Times are System.nanoTime().
 */
final class FakeBotApi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One sendMessage as it arrived. */
    record Sent(long chatId, long arrivedNanos, String text) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-bot-api");
        t.setDaemon(true);
        return t;
    });
    private final Deque<ObjectNode> pending = new ArrayDeque<>();
    private final Map<Long, Long> servedNanos = new ConcurrentHashMap<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger updateIds = new AtomicInteger(1);
    private final AtomicInteger messageIds = new AtomicInteger(1);
    private final AtomicInteger unexpected = new AtomicInteger();

    FakeBotApi() throws IOException {
        // Real API servers send without Nagle's delay; the JDK server, by default, holds each response's body until the
        // client ACKs its headers, which a delayed ACK makes ~40 ms: 70 ms added to every reply in this benchmark.
        // Read once, when the first server starts; the benchmark starts no other.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues one private-chat message from user {@code chatId}; returns nothing until getUpdates hands it out. */
    void privateMessage(long chatId, String text) {
        ObjectNode from = JSON.createObjectNode().put("id", chatId).put("is_bot", false).put("first_name", "Load")
                .put("language_code", "en");
        ObjectNode chat = JSON.createObjectNode().put("id", chatId).put("type", "private").put("first_name", "Load");
        ObjectNode m = JSON.createObjectNode().put("message_id", messageIds.incrementAndGet())
                .put("date", System.currentTimeMillis() / 1000).put("text", text);
        m.set("from", from);
        m.set("chat", chat);
        int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
        m.set("entities", JSON.createArrayNode().add(JSON.createObjectNode().put("type", "bot_command")
                .put("offset", 0).put("length", end)));
        ObjectNode update = JSON.createObjectNode().put("update_id", updateIds.incrementAndGet());
        update.set("message", m);
        synchronized (pending) {
            pending.add(update);
            pending.notifyAll();
        }
    }

    Map<Long, Long> servedNanos() {
        return servedNanos;
    }

    List<Sent> sent() {
        return sent;
    }

    int unexpectedCalls() {
        return unexpected.get();
    }

    void clear() {
        servedNanos.clear();
        sent.clear();
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String[] parts = ex.getRequestURI().getPath().split("/");
            String method = parts.length == 3 ? parts[2].toLowerCase(Locale.ROOT) : "";
            byte[] body = ex.getRequestBody().readAllBytes();
            JsonNode params = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            switch (method) {
                case "getme" -> reply(ex, ok(JSON.createObjectNode().put("id", 42).put("is_bot", true)
                        .put("first_name", "Bench").put("username", "BenchBot")));
                case "deletewebhook", "setmycommands", "answercallbackquery" ->
                        reply(ex, ok(JSON.getNodeFactory().booleanNode(true)));
                case "getupdates" -> getUpdates(ex, params);
                case "sendmessage" -> {
                    long now = System.nanoTime();
                    long chatId = params.path("chat_id").asLong();
                    sent.add(new Sent(chatId, now, params.path("text").asText()));
                    ObjectNode msg = JSON.createObjectNode().put("message_id", messageIds.incrementAndGet())
                            .put("date", System.currentTimeMillis() / 1000).put("text", params.path("text").asText());
                    msg.set("chat", JSON.createObjectNode().put("id", chatId).put("type", "private"));
                    reply(ex, ok(msg));
                }
                default -> {
                    unexpected.incrementAndGet();
                    byte[] b = "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}".getBytes();
                    ex.sendResponseHeaders(404, b.length);
                    ex.getResponseBody().write(b);
                }
            }
        }
    }

    /** Long polling: waits up to the asked timeout (at most 1 s here) for updates, then hands out all queued. */
    private void getUpdates(HttpExchange ex, JsonNode params) throws IOException {
        long deadline = System.nanoTime() + Math.min(1000, params.path("timeout").asLong(0) * 1000) * 1_000_000L;
        ArrayNode batch = JSON.createArrayNode();
        synchronized (pending) {
            try {
                while (pending.isEmpty() && System.nanoTime() < deadline) {
                    pending.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            while (!pending.isEmpty() && batch.size() < 100) {
                batch.add(pending.poll());
            }
        }
        byte[] bytes = JSON.writeValueAsBytes(ok(batch));
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        long now = System.nanoTime(); // served: the updates leave for the bot now
        for (JsonNode u : batch) {
            servedNanos.put(u.path("message").path("chat").path("id").asLong(), now);
        }
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ObjectNode ok(JsonNode result) {
        ObjectNode n = JSON.createObjectNode().put("ok", true);
        n.set("result", result);
        return n;
    }

    private static void reply(HttpExchange ex, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
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
