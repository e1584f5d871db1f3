package newsbot.bot.slack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsbot.bot.chat.Button;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.Format;

/** {@link ChatMessage} to Slack message JSON (as maps, serialised by the Slack client's Gson). */
final class SlackMessages {
    /** Our buttons' action_ids: the prefix plus the button's index (unique within a message, as Slack wants). */
    static final String ACTION_PREFIX = "newsbot-button-";
    private static final int SECTION_MAX_CHARS = 3000;

    private SlackMessages() {
    }

    /**
     * The blocks to post: the renderer's own, else (only when there are buttons) one section with the text; then an
     * actions block with the buttons. Empty when the text alone will do.
     */
    static List<Map<String, Object>> blocks(ChatMessage message) {
        List<Map<String, Object>> blocks = new ArrayList<>(message.slackBlocks());
        if (message.buttons().isEmpty()) {
            return blocks;
        }
        if (blocks.isEmpty()) {
            String text = message.text().length() > SECTION_MAX_CHARS
                    ? message.text().substring(0, SECTION_MAX_CHARS - 1) + "…" : message.text();
            blocks.add(Map.of("type", "section", "text", Map.of(
                    "type", message.format() == Format.SLACK_MRKDWN ? "mrkdwn" : "plain_text", "text", text)));
        }
        List<Map<String, Object>> elements = new ArrayList<>();
        List<Button> buttons = message.buttons();
        for (int i = 0; i < buttons.size(); i++) {
            elements.add(Map.of("type", "button", "action_id", ACTION_PREFIX + i, "value", buttons.get(i).payload(),
                    "text", Map.of("type", "plain_text", "text", buttons.get(i).label())));
        }
        blocks.add(Map.of("type", "actions", "elements", elements));
        return blocks;
    }

    /** A response_url body: in the channel or only for the asking user; optionally replacing the original. */
    static Map<String, Object> responseBody(ChatMessage message, boolean replaceOriginal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("response_type", message.ephemeral() ? "ephemeral" : "in_channel");
        body.put("text", message.text());
        body.put("mrkdwn", message.format() == Format.SLACK_MRKDWN);
        List<Map<String, Object>> blocks = blocks(message);
        if (!blocks.isEmpty()) {
            body.put("blocks", blocks);
        }
        body.put("replace_original", replaceOriginal);
        return body;
    }
}
