package newsbot.bot.slack;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import newsbot.bot.chat.FloodGuard;
import newsbot.bot.chat.RetryPolicy;
import newsbot.bot.commands.Commands;

/**
 * How the Slack adapter runs. Tokens and the signing secret are not here: see {@link SlackSecrets}.
 *
 * @param apiUrl        {@code slack.api-url}: Web API prefix, https://slack.com/api/ (a proxy or a test fake)
 * @param httpHost      HTTP mode: the address to listen on
 * @param httpPort      HTTP mode: the port (0 picks a free one)
 * @param httpPath      HTTP mode: the Request URL path configured in the Slack app
 * @param slashCommands slash command as configured in Slack → command given to the handler ("/news" → "latest")
 * @param workerLanes   threads answering channels (one channel is always answered by the same one, in order)
 * @param retry         retries of failed posts
 * @param flood         how many commands a user and a channel may send before they are told to slow down
 */
public record SlackSettings(URI apiUrl, String httpHost, int httpPort, String httpPath,
                            Map<String, String> slashCommands, int workerLanes, RetryPolicy retry,
                            FloodGuard.Budgets flood) {
    public static final URI DEFAULT_API_URL = URI.create("https://slack.com/api/");
    private static final Pattern SLASH = Pattern.compile("/[a-z0-9_\\-]{1,31}");

    public SlackSettings {
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(httpHost, "httpHost");
        Objects.requireNonNull(httpPath, "httpPath");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(flood, "flood");
        if (!"http".equals(apiUrl.getScheme()) && !"https".equals(apiUrl.getScheme())) {
            throw new IllegalArgumentException("slack.api-url must be http(s): " + apiUrl);
        }
        if (!apiUrl.toString().endsWith("/")) {
            apiUrl = URI.create(apiUrl + "/"); // Bolt appends the method name directly
        }
        if (!httpPath.startsWith("/")) {
            throw new IllegalArgumentException("slack http path must start with '/': " + httpPath);
        }
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("slack http port out of range: " + httpPort);
        }
        slashCommands.forEach((slash, command) -> {
            if (!SLASH.matcher(slash).matches() || command == null || command.isBlank()) {
                throw new IllegalArgumentException("bad slash command mapping: " + slash + " -> " + command);
            }
        });
        if (slashCommands.isEmpty() || workerLanes < 1) {
            throw new IllegalArgumentException("need at least one slash command and one worker lane");
        }
        slashCommands = Map.copyOf(slashCommands);
    }

    public static SlackSettings defaults() {
        Map<String, String> commands = new LinkedHashMap<>();
        Commands.defaultSlashCommands().forEach((command, slash) -> commands.put(slash, command));
        return new SlackSettings(DEFAULT_API_URL, "0.0.0.0", 3000, "/slack/events", commands, 4, RetryPolicy.DEFAULT,
                FloodGuard.Budgets.DEFAULT);
    }

    public SlackSettings withApiUrl(URI url) {
        return new SlackSettings(url, httpHost, httpPort, httpPath, slashCommands, workerLanes, retry, flood);
    }

    public SlackSettings withHttp(String host, int port) {
        return new SlackSettings(apiUrl, host, port, httpPath, slashCommands, workerLanes, retry, flood);
    }

    public SlackSettings withSlashCommands(Map<String, String> commands) {
        return new SlackSettings(apiUrl, httpHost, httpPort, httpPath, commands, workerLanes, retry, flood);
    }

    public SlackSettings withFlood(FloodGuard.Budgets budgets) {
        return new SlackSettings(apiUrl, httpHost, httpPort, httpPath, slashCommands, workerLanes, retry, budgets);
    }

    public SlackSettings withRetry(RetryPolicy r) {
        return new SlackSettings(apiUrl, httpHost, httpPort, httpPath, slashCommands, workerLanes, r, flood);
    }
}
