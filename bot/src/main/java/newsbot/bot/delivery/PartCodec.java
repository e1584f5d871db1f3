package newsbot.bot.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.Format;

/** A rendered message as stored in the outbox (JSON: text, format, Slack blocks) and back. */
final class PartCodec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, Object>>> BLOCKS = new TypeReference<>() { };

    private PartCodec() {
    }

    static String encode(ChatMessage m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", m.text());
        out.put("format", m.format().name());
        if (!m.slackBlocks().isEmpty()) {
            out.put("blocks", m.slackBlocks());
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a message as JSON: " + e.getMessage(), e);
        }
    }

    static ChatMessage decode(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            ChatMessage m = ChatMessage.of(n.get("text").asText(), Format.valueOf(n.get("format").asText()));
            return n.has("blocks") ? m.withSlackBlocks(JSON.convertValue(n.get("blocks"), BLOCKS)) : m;
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable outbox message: " + e.getMessage(), e);
        }
    }
}
