package newsbot.bot.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import newsbot.bot.chat.Secret;
import newsbot.bot.http.HttpAnswer;
import newsbot.bot.http.HttpCall;
import newsbot.bot.http.HttpEndpoint;
import newsbot.bot.http.LogThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's Request URL: checks the signature and its timestamp (five minutes either way) before anything reads the
 * body, so an unauthenticated request reaches neither Bolt's parser nor the log (only its size and why it was
 * refused); then parses the request with Bolt's {@link SlackRequestParser} and runs it through the {@link App}.
 */
final class SlackEventsEndpoint implements HttpEndpoint {
    private static final Logger log = LoggerFactory.getLogger(SlackEventsEndpoint.class);
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final App app;
    private final SlackRequestParser parser;
    private final SlackSignature.Verifier verifier;
    private final Clock clock;
    private final LogThrottle refusals;

    SlackEventsEndpoint(App app, Secret signingSecret, Clock clock) {
        this.app = Objects.requireNonNull(app, "app");
        this.parser = new SlackRequestParser(app.config());
        this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret.reveal()));
        this.clock = clock;
        this.refusals = new LogThrottle(10, Duration.ofMinutes(1), clock);
    }

    @Override
    public HttpAnswer answer(HttpCall call) throws Exception {
        if (!"POST".equals(call.method())) {
            return HttpAnswer.text(405, "POST only");
        }
        String body = new String(call.body(), StandardCharsets.UTF_8);
        String refusal = refusal(call.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
                call.header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE), body);
        if (refusal != null) {
            refusals.log(log::info, "slack http: refused a request of " + call.body().length + " bytes: " + refusal);
            return HttpAnswer.text(401, "invalid request");
        }
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(call.path())
                    .queryString(call.query().isEmpty() ? Map.of() : QueryStringParser.toMap(call.query()))
                    .requestBody(body)
                    .headers(new RequestHeaders(call.headers()))
                    .build());
        } catch (RuntimeException e) { // signed, so from Slack: yet say only what kind of failure it was
            refusals.log(log::warn, "slack http: a signed request of " + call.body().length
                    + " bytes could not be read: " + e.getClass().getSimpleName());
            return HttpAnswer.text(400, "unreadable request");
        }
        if (request == null) {
            refusals.log(log::warn, "slack http: a signed request of " + call.body().length + " bytes is of no kind we know");
            return HttpAnswer.text(400, "not a Slack request");
        }
        Response response = app.run(request);
        String type = response.getContentType() == null ? "text/plain; charset=utf-8" : response.getContentType();
        byte[] bytes = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
        return new HttpAnswer(response.getStatusCode() == null ? 200 : response.getStatusCode(), type, bytes,
                response.getHeaders() == null ? Map.of() : response.getHeaders());
    }

    /** Why a request is not from Slack, or null when its signature and timestamp hold. */
    private String refusal(String timestamp, String signature, String body) {
        if (timestamp.isEmpty() || signature.isEmpty()) {
            return "no signature";
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return "a signature timestamp that is not a number";
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
        if (skew > CLOCK_SKEW.toSeconds()) {
            return "a signature timestamp more than " + CLOCK_SKEW.toMinutes() + " minutes from now";
        }
        // the timestamp is checked above against our clock; the verifier's own check then always passes
        return verifier.isValid(timestamp, body, signature, seconds * 1000) ? null : "a wrong signature";
    }
}
