package newsbot.bot.chat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the command router: echoes commands, pages "search" results with a Next button, answers "long"
 * with three messages and throws on "boom".
 */
public final class TestHandler implements ChatHandler {
    public final List<ChatRequest> requests = new CopyOnWriteArrayList<>();

    @Override
    public ChatReply handle(ChatRequest r) {
        requests.add(r);
        Format format = r.platform() == Platform.TELEGRAM ? Format.TELEGRAM_HTML : Format.SLACK_MRKDWN;
        switch (r.command()) {
            case "boom":
                throw new IllegalStateException("database exploded at /secret/path");
            case "search": {
                String query = r.args();
                int page = 1;
                int colon = query.lastIndexOf(':');
                if (r.origin() == Origin.BUTTON && colon > 0) {
                    page = Integer.parseInt(query.substring(colon + 1));
                    query = query.substring(0, colon);
                }
                String text = format == Format.TELEGRAM_HTML
                        ? "<b>" + query + "</b> page " + page : "*" + query + "* page " + page;
                return ChatReply.of(ChatMessage.of(text, format)
                        .withButtons(List.of(new Button("Next", "search:" + query + ":" + (page + 1)))));
            }
            case "long":
                return ChatReply.of(ChatMessage.plain("part 1/3"), ChatMessage.plain("part 2/3"),
                        ChatMessage.plain("part 3/3"));
            case "secret":
                return ChatReply.of(ChatMessage.plain("only you see this").asEphemeral());
            case "quiet":
                return ChatReply.none();
            default:
                return ChatReply.plain(("echo " + r.command() + " " + r.args()).strip());
        }
    }
}
