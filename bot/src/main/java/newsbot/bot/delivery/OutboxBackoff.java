package newsbot.bot.delivery;

import java.time.Duration;

/**
 * How long an outbox entry waits after failed delivery attempts: {@code first}, doubling, at most {@code max}, and
 * never less than what the platform asked for (retry-after). Retryable failures are retried for as long as it takes.
 */
public record OutboxBackoff(Duration first, Duration max) {
    public static final OutboxBackoff DEFAULT = new OutboxBackoff(Duration.ofSeconds(10), Duration.ofMinutes(10));

    public Duration after(int failures, Duration retryAfter) {
        Duration d = first;
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        d = d.compareTo(max) > 0 ? max : d;
        return retryAfter.compareTo(d) > 0 ? retryAfter : d;
    }
}
