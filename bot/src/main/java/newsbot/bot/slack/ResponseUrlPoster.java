package newsbot.bot.slack;

import com.slack.api.Slack;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import newsbot.bot.chat.Attempt;
import okhttp3.Response;

/**
 * Posts a reply to a slash command's or button's response_url through the Slack client's HTTP client, reading the
 * status and Retry-After itself (Bolt's Responder hides the headers).
 */
final class ResponseUrlPoster {
    private final Slack slack;

    ResponseUrlPoster(Slack slack) {
        this.slack = Objects.requireNonNull(slack, "slack");
    }

    Attempt post(String responseUrl, Map<String, Object> body) {
        try (Response response = slack.getHttpClient().postJsonBody(responseUrl, body)) {
            int code = response.code();
            String text = response.body() == null ? "" : response.body().string();
            if (response.isSuccessful()) {
                return new Attempt.Ok("");
            }
            if (code == 429) {
                return new Attempt.RateLimited(SlackSender.retryAfter(response.header("Retry-After")), text);
            }
            if (code >= 500) {
                return new Attempt.Transient(code + " " + text);
            }
            // 404 used_url / expired_url, 400 invalid_blocks …: trying again will not help
            return new Attempt.Permanent(code, text.isBlank() ? "http " + code : text);
        } catch (IOException e) {
            return new Attempt.Transient("network: " + e.getMessage());
        }
    }
}
