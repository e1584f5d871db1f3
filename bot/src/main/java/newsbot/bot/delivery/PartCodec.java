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
import newsbot.bot.chat.Picture;

/** A rendered message as stored in the outbox (JSON: text, format, Slack blocks, a picture in base64) and back. */
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
        if (!m.picture().isNone()) {
            out.put("picture", Map.of("name", m.picture().fileName(),
                    "png", java.util.Base64.getEncoder().encodeToString(m.picture().png())));
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
            if (n.has("blocks")) {
                m = m.withSlackBlocks(JSON.convertValue(n.get("blocks"), BLOCKS));
            }
            if (n.has("picture")) {
                m = m.withPicture(new Picture(java.util.Base64.getDecoder().decode(n.get("picture").get("png").asText()),
                        n.get("picture").get("name").asText()));
            }
            return m;
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable outbox message: " + e.getMessage(), e);
        }
    }
}
