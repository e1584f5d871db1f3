package newsbot.bot.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Slack message: Block Kit blocks plus the mrkdwn {@code text} Slack shows in
 * notifications and where blocks cannot be shown.
 *
 * @param text   mrkdwn fallback, at most {@link SlackRenderer#MAX_FALLBACK_LENGTH} units
 * @param blocks Block Kit blocks as JSON-ready maps, at most {@link SlackRenderer#MAX_BLOCKS}
 */
public record SlackMessage(String text, List<Map<String, Object>> blocks) {
    private static final ObjectWriter JSON = new ObjectMapper().writer();

    public SlackMessage {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
    }

    /** The blocks as a JSON array, e.g. for Bolt's {@code ChatPostMessageRequest.blocksAsString}. */
    public String blocksJson() {
        try {
            return JSON.writeValueAsString(blocks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write Slack blocks as JSON: " + e.getMessage(), e);
        }
    }
}
