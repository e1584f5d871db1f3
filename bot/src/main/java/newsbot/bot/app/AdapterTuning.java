package newsbot.bot.app;

import java.time.Duration;
import java.util.Objects;
import newsbot.bot.chat.FloodGuard;
import newsbot.bot.chat.RetryPolicy;
import newsbot.bot.chat.Sleeper;

/**
 * What `newsbot run` takes as given and tests shorten: how adapters wait (pacing, retry-after), how they retry, how
 * long a Telegram long poll lasts, and where Slack's HTTP mode listens. Everything else comes from the configuration.
 *
 * @param flood         how many commands one user and one chat may send before they are told to slow down
 * @param slackHttpHost the address HTTP mode binds
 * @param slackHttpPort the port it binds, or {@link #PORT_FROM_CONFIG} for {@code slack.http-port} (0: any free one)
 */
public record AdapterTuning(Sleeper sleeper, RetryPolicy retry, Duration telegramLongPoll, FloodGuard.Budgets flood,
                            String slackHttpHost, int slackHttpPort) {
    public static final int PORT_FROM_CONFIG = -1;
    public static final AdapterTuning DEFAULT = new AdapterTuning(Sleeper.SYSTEM, RetryPolicy.DEFAULT,
            Duration.ofSeconds(50), FloodGuard.Budgets.DEFAULT, "0.0.0.0", PORT_FROM_CONFIG);

    public AdapterTuning {
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(telegramLongPoll, "telegramLongPoll");
        Objects.requireNonNull(flood, "flood");
        Objects.requireNonNull(slackHttpHost, "slackHttpHost");
    }

    int slackPort(int configured) {
        return slackHttpPort == PORT_FROM_CONFIG ? configured : slackHttpPort;
    }
}
