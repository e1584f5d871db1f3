package newsbot.bot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds and signs requests the way Slack does (v0 signature: HMAC-SHA256 of "v0:timestamp:body"). */
public final class SlackRequests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String signingSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SlackRequests(String signingSecret) {
        this.signingSecret = signingSecret;
    }

    public static String slashCommand(String command, String text, String channelId, String responseUrl, String triggerId) {
        return slashCommand(command, text, channelId, "U0001", responseUrl, triggerId);
    }

    public static String slashCommand(String command, String text, String channelId, String userId, String responseUrl,
                                      String triggerId) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "verification-token-unused");
        f.put("team_id", "T0001");
        f.put("team_domain", "fake");
        f.put("channel_id", channelId);
        f.put("channel_name", channelId.startsWith("D") ? "directmessage" : "general");
        f.put("user_id", userId);
        f.put("user_name", "ann");
        f.put("command", command);
        f.put("text", text);
        f.put("api_app_id", "A0001");
        f.put("response_url", responseUrl);
        f.put("trigger_id", triggerId);
        return form(f);
    }

    public static ObjectNode blockActionPayload(String value, String channelId, String responseUrl, String triggerId) {
        ObjectNode p = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A0001")
                .put("token", "verification-token-unused").put("trigger_id", triggerId)
                .put("response_url", responseUrl);
        p.set("team", JSON.createObjectNode().put("id", "T0001").put("domain", "fake"));
        p.set("user", JSON.createObjectNode().put("id", "U0001").put("username", "ann").put("team_id", "T0001"));
        p.set("channel", JSON.createObjectNode().put("id", channelId).put("name", "general"));
        p.set("container", JSON.createObjectNode().put("type", "message").put("message_ts", "1700000000.000001")
                .put("channel_id", channelId));
        p.set("actions", JSON.createArrayNode().add(JSON.createObjectNode().put("type", "button")
                .put("action_id", "newsbot-button-0").put("block_id", "b1").put("value", value)
                .put("action_ts", "1700000001.000001")));
        return p;
    }

    public static String blockAction(String value, String channelId, String responseUrl, String triggerId) {
        return form(Map.of("payload", blockActionPayload(value, channelId, responseUrl, triggerId).toString()));
    }

    public HttpResponse<String> post(int port, String body, Instant timestamp, Map<String, String> extraHeaders)
            throws Exception {
        String ts = Long.toString(timestamp.getEpochSecond());
        return post(port, body, ts, sign(ts, body), extraHeaders);
    }

    public HttpResponse<String> post(int port, String body, String ts, String signature, Map<String, String> extraHeaders)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        extraHeaders.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public String sign(String ts, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
