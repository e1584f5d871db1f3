package newsbot.bot.slack;

import java.util.Objects;
import java.util.Optional;
import newsbot.bot.chat.Secret;

/**
 * The Slack credentials, from the environment: SLACK_BOT_TOKEN always; SLACK_APP_TOKEN selects Socket Mode,
 * otherwise HTTP mode, which needs SLACK_SIGNING_SECRET to verify requests.
 */
public final class SlackSecrets {
    private final Secret botToken;
    private final Secret signingSecret;
    private final Secret appToken;

    private SlackSecrets(Secret botToken, Secret signingSecret, Secret appToken) {
        this.botToken = Objects.requireNonNull(botToken, "SLACK_BOT_TOKEN");
        this.signingSecret = signingSecret;
        this.appToken = appToken;
    }

    public static SlackSecrets forHttp(Secret botToken, Secret signingSecret) {
        return new SlackSecrets(botToken, Objects.requireNonNull(signingSecret, "SLACK_SIGNING_SECRET"), null);
    }

    public static SlackSecrets forSocketMode(Secret botToken, Secret appToken) {
        return new SlackSecrets(botToken, null, Objects.requireNonNull(appToken, "SLACK_APP_TOKEN"));
    }

    /** From environment values (null when unset): Socket Mode when an app token is given, else HTTP mode. */
    public static SlackSecrets fromEnvironment(String botToken, String signingSecret, String appToken) {
        if (botToken == null || botToken.isBlank()) {
            throw new IllegalArgumentException("SLACK_BOT_TOKEN is not set");
        }
        if (appToken != null && !appToken.isBlank()) {
            return forSocketMode(new Secret(botToken), new Secret(appToken));
        }
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException("set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)");
        }
        return forHttp(new Secret(botToken), new Secret(signingSecret));
    }

    public Secret botToken() {
        return botToken;
    }

    public Optional<Secret> signingSecret() {
        return Optional.ofNullable(signingSecret);
    }

    public Optional<Secret> appToken() {
        return Optional.ofNullable(appToken);
    }

    public boolean socketMode() {
        return appToken != null;
    }

    @Override
    public String toString() {
        return socketMode() ? "SlackSecrets[socket mode, ***]" : "SlackSecrets[http mode, ***]";
    }
}
