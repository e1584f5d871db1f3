package newsbot.bot.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import newsbot.bot.chat.FloodGuard;
import newsbot.bot.chat.RetryPolicy;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * How to reach the Bot API. The token is not here: it comes from the environment and is passed apart, as a Secret.
 *
 * @param apiUrl      {@code telegram.api-url}: https://api.telegram.org, a self-hosted Bot API server, or a test fake
 * @param longPoll    how long one getUpdates call may wait for updates (Telegram allows up to 50 s)
 * @param workerLanes threads answering chats (one chat is always answered by the same one, in order)
 * @param retry       retries of failed posts
 * @param flood       how many commands a user and a chat may send before they are told to slow down
 */
public record TelegramSettings(URI apiUrl, Duration longPoll, int workerLanes, RetryPolicy retry,
                               FloodGuard.Budgets flood) {
    public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");

    public TelegramSettings {
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(longPoll, "longPoll");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(flood, "flood");
        toTelegramUrl(apiUrl); // validates
        if (longPoll.isNegative() || longPoll.toSeconds() > 50) {
            throw new IllegalArgumentException("telegram long poll must be 0..50 s, not " + longPoll);
        }
        if (workerLanes < 1) {
            throw new IllegalArgumentException("telegram worker lanes must be at least 1");
        }
    }

    /**
     * Chats answered at once. A burst of searches from many chats queues behind the lanes; searches are
     * CPU-bound, so on 2 cores 4 and 16 lanes answer a burst of 100 alike (chat-load bench, {@code --lanes}),
     * and more lanes keep one slow command (a /reload) from holding up the chats queued behind it.
     */
    static final int DEFAULT_LANES = 16;

    public static TelegramSettings defaults() {
        return new TelegramSettings(DEFAULT_API_URL, Duration.ofSeconds(50), DEFAULT_LANES, RetryPolicy.DEFAULT,
                FloodGuard.Budgets.DEFAULT);
    }

    public TelegramSettings withApiUrl(URI url) {
        return new TelegramSettings(url, longPoll, workerLanes, retry, flood);
    }

    public TelegramSettings withLongPoll(Duration d) {
        return new TelegramSettings(apiUrl, d, workerLanes, retry, flood);
    }

    public TelegramSettings withWorkerLanes(int lanes) {
        return new TelegramSettings(apiUrl, longPoll, lanes, retry, flood);
    }

    public TelegramSettings withRetry(RetryPolicy r) {
        return new TelegramSettings(apiUrl, longPoll, workerLanes, r, flood);
    }

    public TelegramSettings withFlood(FloodGuard.Budgets budgets) {
        return new TelegramSettings(apiUrl, longPoll, workerLanes, retry, budgets);
    }

    /** TelegramBots wants scheme, host and port apart; a path prefix is not supported by it, so refuse one. */
    static TelegramUrl toTelegramUrl(URI url) {
        String scheme = url.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || url.getHost() == null) {
            throw new IllegalArgumentException("telegram.api-url must be http(s)://host[:port], not " + url);
        }
        if (url.getPath() != null && !url.getPath().isEmpty() && !"/".equals(url.getPath())) {
            throw new IllegalArgumentException("telegram.api-url must not have a path: " + url);
        }
        int port = url.getPort() > 0 ? url.getPort() : ("https".equals(scheme) ? 443 : 80);
        return new TelegramUrl(scheme, url.getHost(), port, false);
    }
}
