package newsbot.bot.slack;

import com.google.gson.Gson;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import newsbot.bot.chat.Attempt;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.ChatRateLimiter;
import newsbot.bot.chat.Delivery;
import newsbot.bot.chat.Format;
import newsbot.bot.chat.MessageSender;
import newsbot.bot.chat.Platform;
import newsbot.bot.chat.SendResult;

/**
 * Posts to Slack channels with chat.postMessage: blocks when there are any, the text as mrkdwn (or plain) and as the
 * notification fallback. Slack's error strings are mapped to HTTP-like codes so that callers can treat both platforms
 * alike: 404 channel gone, 403 not allowed, 400 bad message.
 */
public final class SlackSender implements MessageSender {
    private static final Set<String> GONE = Set.of("channel_not_found", "user_not_found");
    private static final Set<String> FORBIDDEN = Set.of("not_in_channel", "is_archived", "account_inactive",
            "invalid_auth", "token_revoked", "token_expired", "not_authed", "missing_scope", "restricted_action",
            "ekm_access_denied", "team_access_not_granted", "access_denied");
    private static final Set<String> TRANSIENT = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "ratelimited");

    private final MethodsClient client;
    private final Delivery delivery;
    private final Gson gson = GsonFactory.createSnakeCase();

    SlackSender(MethodsClient client, Delivery delivery) {
        this.client = Objects.requireNonNull(client, "client");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
    }

    @Override
    public SendResult send(Platform platform, String chatId, List<ChatMessage> messages) {
        if (platform != Platform.SLACK) {
            throw new IllegalArgumentException("this sender posts to Slack, not " + platform);
        }
        return delivery.deliverAll(chatId, ChatRateLimiter.Limits.SLACK_CHANNEL, messages, m -> post(chatId, m));
    }

    Attempt post(String channel, ChatMessage message) {
        if (!message.picture().isNone()) {
            return upload(channel, message);
        }
        List<Map<String, Object>> blocks = SlackMessages.blocks(message);
        try {
            ChatPostMessageResponse response = client.chatPostMessage(r -> {
                r.channel(channel).text(message.text()).mrkdwn(message.format() == Format.SLACK_MRKDWN);
                return blocks.isEmpty() ? r : r.blocksAsString(gson.toJson(blocks));
            });
            if (response.isOk()) {
                return new Attempt.Ok(response.getTs() == null ? "" : response.getTs());
            }
            return classify(response.getError());
        } catch (SlackApiException e) {
            return classify(e);
        } catch (IOException e) {
            return new Attempt.Transient("network: " + e.getMessage());
        }
    }

    /**
     * A file upload as Slack wants it now: files.getUploadURLExternal, the bytes to the URL it gives, then
     * files.completeUploadExternal sharing it to the channel with the text as its comment (the SDK's filesUploadV2).
     */
    private Attempt upload(String channel, ChatMessage message) {
        try {
            FilesUploadV2Response response = client.filesUploadV2(r -> r.channel(channel)
                    .fileData(message.picture().png()).filename(message.picture().fileName())
                    .title(message.picture().fileName()).initialComment(message.text()));
            if (response.isOk()) {
                return new Attempt.Ok(response.getFile() == null || response.getFile().getId() == null ? ""
                        : response.getFile().getId());
            }
            return classify(response.getError());
        } catch (SlackFilesUploadV2Exception e) {
            return new Attempt.Transient("file upload: " + e.getMessage());
        } catch (SlackApiException e) {
            return classify(e);
        } catch (IOException e) {
            return new Attempt.Transient("network: " + e.getMessage());
        }
    }

    /** An HTTP-level refusal: 429 waits for Retry-After, 5xx is retried, the rest by Slack's error string. */
    private static Attempt classify(SlackApiException e) {
        int code = e.getResponse().code();
        if (code == 429) {
            return new Attempt.RateLimited(retryAfter(e.getResponse().header("Retry-After")), "ratelimited");
        }
        String error = e.getError() == null ? "http " + code : e.getError().getError();
        return code >= 500 ? new Attempt.Transient(code + " " + error) : classify(error);
    }

    static Attempt classify(String error) {
        String e = error == null ? "unknown_error" : error;
        if (TRANSIENT.contains(e)) {
            return e.equals("ratelimited") ? new Attempt.RateLimited(Duration.ZERO, e) : new Attempt.Transient(e);
        }
        if (GONE.contains(e)) {
            return new Attempt.Permanent(404, e);
        }
        return new Attempt.Permanent(FORBIDDEN.contains(e) ? 403 : 400, e);
    }

    /** Retry-After in seconds; unknown or garbled means "back off as usual". */
    static Duration retryAfter(String header) {
        if (header == null) {
            return Duration.ZERO;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }
}
