package newsbot.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.slack.api.model.Conversation;
import java.io.IOException;
import java.util.Set;
import newsbot.bot.check.Probe;

/**
 * `newsbot check` for Slack: is the bot token accepted (auth.test), the app token in Socket Mode
 * (apps.connections.open), can each subscribed channel be reached (conversations.info)?
 */
public final class SlackProbe implements AutoCloseable {
    /** Errors that say the token itself is wrong, not one channel. */
    private static final Set<String> TOKEN_ERRORS = Set.of("invalid_auth", "not_authed", "token_revoked",
            "token_expired", "account_inactive", "not_allowed_token_type");

    private final Slack slack;
    private final SlackSecrets secrets;

    public SlackProbe(SlackSecrets secrets, SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl().toString());
        config.setStatsEnabled(false);
        this.slack = Slack.getInstance(config);
        this.secrets = secrets;
    }

    /** The bot's name and workspace, or why the bot token is not usable. */
    public Probe bot() {
        return call(() -> slack.methods(secrets.botToken().reveal()).authTest(r -> r),
                (AuthTestResponse r) -> r.getUser() + " in " + r.getTeam());
    }

    /** Socket Mode: whether the app token may open a connection (the URL it returns is not used). */
    public Probe appToken() {
        return call(() -> slack.methods(secrets.appToken().orElseThrow().reveal()).appsConnectionsOpen(r -> r),
                r -> "app token accepted");
    }

    /**
     * Whether channel {@code id} exists for the bot. Reading it needs the {@code channels:read} scope (and
     * {@code groups:read} for private channels); without it the channel is reported as not checked, not as broken.
     */
    public Probe channel(String id) {
        try {
            ConversationsInfoResponse r = slack.methods(secrets.botToken().reveal()).conversationsInfo(q -> q.channel(id));
            if (r.isOk()) {
                Conversation c = r.getChannel();
                boolean member = Boolean.TRUE.equals(c.isMember());
                return Probe.ok("#" + c.getName() + (member ? "" : " (the bot is not a member: invite it, or grant "
                        + "chat:write.public for a public channel)"));
            }
            if ("missing_scope".equals(r.getError())) {
                return Probe.ok("not checked: the bot token lacks " + (r.getNeeded() == null ? "channels:read"
                        : r.getNeeded()) + " (add the scope to let check see channels)");
            }
            return Probe.failed(explain(r.getError()));
        } catch (IOException | SlackApiException e) {
            return Probe.failed(failure(e));
        }
    }

    private <T extends SlackApiTextResponse> Probe call(SlackCall<T> call, java.util.function.Function<T, String> detail) {
        try {
            T r = call.run();
            return r.isOk() ? Probe.ok(detail.apply(r)) : Probe.failed(explain(r.getError()));
        } catch (IOException | SlackApiException e) {
            return Probe.failed(failure(e));
        }
    }

    private static String explain(String error) {
        if (TOKEN_ERRORS.contains(error)) {
            return "token refused (" + error + ")";
        }
        return "channel_not_found".equals(error) ? "channel not found" : error;
    }

    private static String failure(Exception e) {
        if (e instanceof SlackApiException s) {
            return s.getError() != null && s.getError().getError() != null ? explain(s.getError().getError())
                    : "http " + s.getResponse().code();
        }
        return "unreachable: " + e.getMessage();
    }

    @FunctionalInterface
    private interface SlackCall<T> {
        T run() throws IOException, SlackApiException;
    }

    @Override
    public void close() throws Exception {
        slack.close();
    }
}
