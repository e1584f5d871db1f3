package newsbot.bot.slack;

import com.slack.api.bolt.App;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import newsbot.bot.chat.Apology;
import newsbot.bot.chat.Attempt;
import newsbot.bot.chat.ChatLanes;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.ChatRateLimiter;
import newsbot.bot.chat.ChatRequest;
import newsbot.bot.chat.Delivery;
import newsbot.bot.chat.FloodGuard;
import newsbot.bot.chat.SafeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt listeners: every slash command and our buttons ack at once (Slack wants an answer within 3 s) and are
 * answered afterwards on the channel's lane, through response_url. Shared by HTTP and Socket Mode.
 */
final class SlackHandlers {
    private static final Logger log = LoggerFactory.getLogger(SlackHandlers.class);
    /** Slack accepts up to five posts to one response_url; further messages go through chat.postMessage. */
    private static final int RESPONSE_URL_POSTS = 5;

    private final SafeHandler handler;
    private final ChatLanes lanes;
    private final ResponseUrlPoster poster;
    private final SlackSender sender;
    private final Delivery delivery;
    private final FloodGuard flood;

    SlackHandlers(SafeHandler handler, ChatLanes lanes, ResponseUrlPoster poster, SlackSender sender,
                  Delivery delivery, FloodGuard flood) {
        this.flood = Objects.requireNonNull(flood, "flood");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.lanes = Objects.requireNonNull(lanes, "lanes");
        this.poster = Objects.requireNonNull(poster, "poster");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
    }

    void register(App app, Map<String, String> slashCommands) {
        slashCommands.forEach((slash, command) -> app.command(slash, (req, ctx) -> {
            admit(SlackInbound.fromSlashCommand(req.getPayload(), command), req.getPayload().getResponseUrl(), false);
            return ctx.ack();
        }));
        app.blockAction(Pattern.compile("^" + Pattern.quote(SlackMessages.ACTION_PREFIX) + "\\d+$"), (req, ctx) -> {
            SlackInbound.fromButton(req.getPayload()).ifPresent(r -> admit(r, req.getPayload().getResponseUrl(), true));
            return ctx.ack();
        });
    }

    /** Answers within the user's and the channel's budget; past it, one "slow down" (to the user only), then nothing. */
    private void admit(ChatRequest request, String responseUrl, boolean replaceFirst) {
        switch (flood.admit(request)) {
            case ANSWER -> answerLater(request, responseUrl, replaceFirst);
            case SLOW_DOWN -> lanes.execute(request.chatId(), () -> post(request,
                    List.of(Apology.slowDown(request.languageCode()).messages().get(0).asEphemeral()), responseUrl, false));
            case DROP -> log.debug("slack channel {}: /{} dropped: over its budget", request.chatId(), request.command());
        }
    }

    /** A turned page replaces the message its button was on ({@code replaceFirst}); other messages are new. */
    private void answerLater(ChatRequest request, String responseUrl, boolean replaceFirst) {
        lanes.execute(request.chatId(), () -> post(request, handler.handle(request).messages(), responseUrl, replaceFirst));
    }

    /** Posts a reply through response_url (Slack takes five there), the rest with chat.postMessage. */
    private void post(ChatRequest request, List<ChatMessage> messages, String responseUrl, boolean replaceFirst) {
        for (int i = 0; i < messages.size(); i++) {
            ChatMessage m = messages.get(i);
            boolean replace = replaceFirst && i == 0;
            Attempt outcome = i < RESPONSE_URL_POSTS && responseUrl != null
                    ? delivery.deliver(request.chatId(), ChatRateLimiter.Limits.SLACK_CHANNEL,
                            () -> poster.post(responseUrl, SlackMessages.responseBody(m, replace)))
                    : delivery.deliver(request.chatId(), ChatRateLimiter.Limits.SLACK_CHANNEL,
                            () -> sender.post(request.chatId(), m));
            if (!(outcome instanceof Attempt.Ok)) {
                log.warn("slack channel {}: reply to /{} not delivered ({} of {} posted): {}", request.chatId(),
                        request.command(), i, messages.size(), outcome);
                return;
            }
        }
    }
}
