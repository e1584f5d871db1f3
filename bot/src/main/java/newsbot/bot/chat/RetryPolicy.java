package newsbot.bot.chat;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard to try one post: at most {@code maxAttempts} tries, exponential backoff between transient failures, and
 * a platform's retry-after honoured only up to {@code maxRetryAfter} (longer waits are handed back to the caller as a
 * retryable failure, so that a send never blocks a worker for minutes).
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60));

    public RetryPolicy {
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait after the {@code failures}-th consecutive transient failure (1-based): first, 2×first, 4×first, … */
    public Duration backoff(int failures) {
        Duration d = firstBackoff;
        for (int i = 1; i < failures && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
