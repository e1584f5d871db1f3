package newsbot.bot.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Block Kit building blocks as ordered, unmodifiable maps. Texts arrive escaped. */
final class SlackBlocks {
    private SlackBlocks() {
    }

    static Map<String, Object> header(String plainText) {
        return block("header", "text", textObject("plain_text", plainText));
    }

    static Map<String, Object> section(String mrkdwn) {
        return block("section", "text", textObject("mrkdwn", mrkdwn));
    }

    static Map<String, Object> context(String mrkdwn) {
        return block("context", "elements", List.of(textObject("mrkdwn", mrkdwn)));
    }

    static Map<String, Object> divider() {
        return Map.of("type", "divider");
    }

    private static Map<String, Object> block(String type, String key, Object value) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("type", type);
        block.put(key, value);
        return Collections.unmodifiableMap(block);
    }

    private static Map<String, Object> textObject(String type, String text) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", type);
        object.put("text", text);
        if (type.equals("plain_text")) {
            object.put("emoji", true);
        }
        return Collections.unmodifiableMap(object);
    }
}
