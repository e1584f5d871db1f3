package newsbot.bot.telegram;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Bot API on 127.0.0.1: answers getMe, deleteWebhook, setMyCommands, getUpdates (long-poll
 * aware: waits briefly for queued updates), sendMessage, sendPhoto (multipart: its fields as parameters, the photo's
 * bytes kept), editMessageText, answerCallbackQuery and getChat, records every call but getUpdates, and can be told to
 * fail the next sendMessage or sendPhoto to a chat.
 */
public final class FakeTelegramServer implements AutoCloseable {
    public static final String BOT_USERNAME = "OurBot";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One recorded call: method in lower case as the client sends it, its parameters (JSON, or a multipart request's
     * text fields), and the bytes of a multipart request's files by field name.
     */
    public record Call(String method, String token, JsonNode params, Map<String, byte[]> files) {
        Call(String method, String token, JsonNode params) {
            this(method, token, params, Map.of());
        }

        /** The file a field names: sent under the field's own name, or as "attach://NAME" and a part called NAME. */
        public byte[] file(String field) {
            String p = param(field);
            if (p != null && p.startsWith("attach://")) {
                return files.get(p.substring("attach://".length()));
            }
            return files.size() == 1 && !files.containsKey(field) ? files.values().iterator().next() : files.get(field);
        }

        public String param(String name) {
            JsonNode n = params.get(name);
            return n == null || n.isNull() ? null : n.asText();
        }
    }

    private record Failure(int code, String description, Integer retryAfter) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-telegram");
        t.setDaemon(true);
        return t;
    });
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Deque<JsonNode> pendingUpdates = new ArrayDeque<>();
    private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();
    private final AtomicInteger updateIds = new AtomicInteger(1000);
    private final AtomicInteger messageIds = new AtomicInteger(500);
    private final AtomicInteger polls = new AtomicInteger();
    private final java.util.Set<String> rejectedTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, ObjectNode> chats = new ConcurrentHashMap<>();

    public FakeTelegramServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor); // getUpdates blocks: other calls need their own threads
        server.createContext("/", this::serve);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        String m = method.toLowerCase(Locale.ROOT);
        return calls.stream().filter(c -> c.method().equals(m)).toList();
    }

    /** sendPhoto calls to {@code chatId}, in order. */
    public List<Call> photosTo(String chatId) {
        return calls("sendPhoto").stream().filter(c -> chatId.equals(c.param("chat_id"))).toList();
    }

    public List<Call> sentTo(String chatId) {
        return calls("sendMessage").stream().filter(c -> chatId.equals(c.param("chat_id"))).toList();
    }

    public int polls() {
        return polls.get();
    }

    /** Every call with this token is answered 401 Unauthorized, as the Bot API does for a revoked or made-up token. */
    public void rejectToken(String token) {
        rejectedTokens.add(token);
    }

    /** getChat answers for this chat; any other chat is "Bad Request: chat not found", as for a bot not in it. */
    public void knownChat(long chatId, String type, String title, boolean forum) {
        ObjectNode chat = JSON.createObjectNode().put("id", chatId).put("type", type).put("title", title);
        if (forum) {
            chat.put("is_forum", true);
        }
        chats.put(String.valueOf(chatId), chat);
    }

    /** The next sendPhoto to {@code chatId} fails with this Bot API error. */
    public void failNextPhoto(String chatId, int code, String description, Integer retryAfter) {
        failures.computeIfAbsent("photo:" + chatId, k -> new ArrayDeque<>()).add(new Failure(code, description, retryAfter));
    }

    /** The next sendMessage or sendPhoto to {@code chatId} fails with this Bot API error. */
    public void failNextSend(String chatId, int code, String description, Integer retryAfter) {
        failures.computeIfAbsent(chatId, k -> new ArrayDeque<>()).add(new Failure(code, description, retryAfter));
    }

    // ---- updates --------------------------------------------------------------------------------------------

    public void privateMessage(long userId, String text, String languageCode) {
        ObjectNode chat = JSON.createObjectNode().put("id", userId).put("type", "private").put("first_name", "Ann");
        push("message", message(chat, user(userId, languageCode), text));
    }

    public void groupMessage(long chatId, long userId, String text) {
        ObjectNode chat = JSON.createObjectNode().put("id", chatId).put("type", "supergroup").put("title", "Room");
        push("message", message(chat, user(userId, "en"), text));
    }

    /**
     * A message in a forum topic of a supergroup ({@code is_topic_message}); {@code topic} false gives a reply in a
     * group without topics, which Telegram also marks with a message_thread_id.
     */
    public void threadMessage(long chatId, int threadId, boolean topic, long userId, String text) {
        ObjectNode chat = JSON.createObjectNode().put("id", chatId).put("type", "supergroup").put("title", "Forum")
                .put("is_forum", topic);
        ObjectNode m = message(chat, user(userId, "en"), text).put("message_thread_id", threadId);
        if (topic) {
            m.put("is_topic_message", true);
        }
        push("message", m);
    }

    public void channelPost(long chatId, String text) {
        ObjectNode chat = JSON.createObjectNode().put("id", chatId).put("type", "channel").put("title", "News");
        push("channel_post", message(chat, null, text));
    }

    public void buttonPress(long chatId, long userId, int messageId, String data) {
        ObjectNode chat = JSON.createObjectNode().put("id", chatId)
                .put("type", chatId > 0 ? "private" : "supergroup");
        ObjectNode query = JSON.createObjectNode().put("id", "cb" + updateIds.get()).put("chat_instance", "ci")
                .put("data", data);
        query.set("from", user(userId, "zh-hans"));
        query.set("message", message(chat, user(1, "en"), "old page").put("message_id", messageId));
        push("callback_query", query);
    }

    private ObjectNode message(ObjectNode chat, ObjectNode from, String text) {
        ObjectNode m = JSON.createObjectNode().put("message_id", messageIds.incrementAndGet())
                .put("date", 1_700_000_000).put("text", text);
        m.set("chat", chat);
        if (from != null) {
            m.set("from", from);
        }
        if (text.startsWith("/")) {
            int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
            m.set("entities", JSON.createArrayNode().add(JSON.createObjectNode()
                    .put("type", "bot_command").put("offset", 0).put("length", end)));
        }
        return m;
    }

    private static ObjectNode user(long id, String languageCode) {
        return JSON.createObjectNode().put("id", id).put("is_bot", false).put("first_name", "Ann")
                .put("username", "ann" + id).put("language_code", languageCode);
    }

    private void push(String kind, ObjectNode payload) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateIds.incrementAndGet());
        update.set(kind, payload);
        synchronized (pendingUpdates) {
            pendingUpdates.add(update);
            pendingUpdates.notifyAll();
        }
    }

    // ---- HTTP -----------------------------------------------------------------------------------------------

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String[] parts = ex.getRequestURI().getPath().split("/");
            if (parts.length != 3 || !parts[1].startsWith("bot")) {
                reply(ex, 404, error(404, "Not Found"));
                return;
            }
            String token = parts[1].substring(3);
            String method = parts[2].toLowerCase(Locale.ROOT); // the client sends "sendmessage" but "setMyCommands"
            byte[] body = ex.getRequestBody().readAllBytes();
            String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
            Map<String, byte[]> files = new java.util.LinkedHashMap<>();
            JsonNode params = type.startsWith("multipart/form-data") ? Multipart.fields(body, type, files)
                    : body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            if (rejectedTokens.contains(token)) { // getUpdates too: a token revoked while the bot polls
                if (!method.equals("getupdates")) {
                    calls.add(new Call(method, token, params));
                }
                reply(ex, 401, error(401, "Unauthorized"));
                return;
            }
            if (method.equals("getupdates")) {
                reply(ex, 200, ok(takeUpdates(params)));
                return;
            }
            calls.add(new Call(method, token, params, Map.copyOf(files)));
            switch (method) {
                case "getme" -> reply(ex, 200, ok(JSON.createObjectNode().put("id", 42).put("is_bot", true)
                        .put("first_name", "News").put("username", BOT_USERNAME)));
                case "deletewebhook", "setmycommands", "answercallbackquery" ->
                        reply(ex, 200, ok(JSON.getNodeFactory().booleanNode(true)));
                case "sendmessage" -> sendMessage(ex, params, params.get("chat_id").asText());
                case "sendphoto" -> sendMessage(ex, params, failures.containsKey("photo:" + params.get("chat_id").asText())
                        && !failures.get("photo:" + params.get("chat_id").asText()).isEmpty()
                        ? "photo:" + params.get("chat_id").asText() : params.get("chat_id").asText());
                case "getchat" -> {
                    ObjectNode chat = chats.get(params.path("chat_id").asText());
                    reply(ex, chat == null ? 400 : 200, chat == null ? error(400, "Bad Request: chat not found") : ok(chat));
                }
                case "editmessagetext" -> reply(ex, 200, ok(sentMessage(params, params.get("message_id").asInt())));
                default -> reply(ex, 404, error(404, "Not Found: method not found"));
            }
        } catch (RuntimeException e) {
            reply(ex, 500, error(500, "fake failed: " + e));
        }
    }

    /** Answers a send, or the next failure queued under {@code failureKey}. */
    private void sendMessage(HttpExchange ex, JsonNode params, String failureKey) throws IOException {
        Deque<Failure> queue = failures.get(failureKey);
        Failure f = queue == null ? null : queue.poll();
        if (f != null) {
            ObjectNode err = error(f.code(), f.description());
            if (f.retryAfter() != null) {
                err.set("parameters", JSON.createObjectNode().put("retry_after", f.retryAfter()));
            }
            reply(ex, f.code(), err);
            return;
        }
        reply(ex, 200, ok(sentMessage(params, messageIds.incrementAndGet())));
    }

    private static ObjectNode sentMessage(JsonNode params, int messageId) {
        long chatId = params.get("chat_id").asLong();
        ObjectNode m = JSON.createObjectNode().put("message_id", messageId).put("date", 1_700_000_001);
        if (params.has("text")) {
            m.put("text", params.get("text").asText());
        } else {
            m.put("caption", params.path("caption").asText());
            m.set("photo", JSON.createArrayNode().add(JSON.createObjectNode().put("file_id", "photo" + messageId)
                    .put("file_unique_id", "u" + messageId).put("width", 1080).put("height", 1080)));
        }
        m.set("chat", JSON.createObjectNode().put("id", chatId).put("type", chatId > 0 ? "private" : "supergroup"));
        return m;
    }

    /** Long polling: hand over what is queued, else wait a little (not the full timeout) and answer []. */
    private JsonNode takeUpdates(JsonNode params) throws IOException {
        polls.incrementAndGet();
        long waitMillis = Math.min(100, params.path("timeout").asLong(0) * 1000);
        List<JsonNode> batch = new ArrayList<>();
        synchronized (pendingUpdates) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
            try {
                while (pendingUpdates.isEmpty() && System.nanoTime() < deadline) {
                    pendingUpdates.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            while (!pendingUpdates.isEmpty()) {
                batch.add(pendingUpdates.poll());
            }
        }
        return JSON.valueToTree(batch);
    }

    private static ObjectNode ok(JsonNode result) {
        ObjectNode n = JSON.createObjectNode().put("ok", true);
        n.set("result", result);
        return n;
    }

    private static ObjectNode error(int code, String description) {
        return JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
    }

    private static void reply(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
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
