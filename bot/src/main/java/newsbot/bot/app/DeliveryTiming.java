package newsbot.bot.app;

import java.time.Duration;
import newsbot.bot.delivery.OutboxBackoff;

/**
 * @param redeliverEvery how often the outbox is looked at for retries and unsent digests
 * @param backoff        how long a failed digest waits before the next try
 */
public record DeliveryTiming(Duration redeliverEvery, OutboxBackoff backoff) {
    public static final DeliveryTiming DEFAULT = new DeliveryTiming(Duration.ofSeconds(5), OutboxBackoff.DEFAULT);
}
