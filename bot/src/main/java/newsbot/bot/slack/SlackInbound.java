package newsbot.bot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import java.util.Optional;
import newsbot.bot.chat.ChatKind;
import newsbot.bot.chat.ChatRequest;
import newsbot.bot.chat.Origin;
import newsbot.bot.chat.Platform;

/** Slack payloads to {@link ChatRequest}s. Slack does not tell a user's language here, so it is always "". */
final class SlackInbound {
    private SlackInbound() {
    }

    static ChatRequest fromSlashCommand(SlashCommandPayload p, String command) {
        return new ChatRequest(Platform.SLACK, p.getChannelId(), p.getUserId(), p.getUserName(), "", command,
                p.getText(), kindOf(p.getChannelId(), p.getChannelName()), Origin.COMMAND, "");
    }

    /** A press on one of our buttons; empty for anything we cannot answer (no channel, no value). */
    static Optional<ChatRequest> fromButton(BlockActionPayload p) {
        if (p.getActions() == null || p.getActions().isEmpty() || p.getChannel() == null) {
            return Optional.empty();
        }
        String value = p.getActions().get(0).getValue();
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        int colon = value.indexOf(':');
        String command = colon < 0 ? value : value.substring(0, colon);
        String args = colon < 0 ? "" : value.substring(colon + 1);
        if (command.isBlank()) {
            return Optional.empty();
        }
        String userId = p.getUser() == null ? "" : p.getUser().getId();
        String userName = p.getUser() == null ? "" : p.getUser().getUsername();
        return Optional.of(new ChatRequest(Platform.SLACK, p.getChannel().getId(), userId, userName, "", command, args,
                kindOf(p.getChannel().getId(), p.getChannel().getName()), Origin.BUTTON, ""));
    }

    /** Direct messages have ids starting with D (Slack names them "directmessage"); everything else is a channel. */
    static ChatKind kindOf(String channelId, String channelName) {
        if ("directmessage".equals(channelName) || channelId != null && channelId.startsWith("D")) {
            return ChatKind.PRIVATE;
        }
        return ChatKind.GROUP;
    }
}
