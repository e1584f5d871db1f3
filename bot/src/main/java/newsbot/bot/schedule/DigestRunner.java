package newsbot.bot.schedule;

import java.time.Clock;
import java.time.Instant;
import newsbot.bot.delivery.OutboxSender;
import newsbot.bot.metrics.BotMetrics;
import newsbot.core.delivery.DeliveryStore;
import newsbot.core.delivery.DigestRendering;
import newsbot.core.delivery.Enqueued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One fire of one subscription: compose into the outbox (one transaction), then post. */
final class DigestRunner {
    private static final Logger log = LoggerFactory.getLogger(DigestRunner.class);

    private final DeliveryStore store;
    private final DigestRendering rendering;
    private final OutboxSender outbox;
    private final Clock clock;
    private final BotMetrics metrics;
    private final FatalFailure fatal;

    DigestRunner(DeliveryStore store, DigestRendering rendering, OutboxSender outbox, Clock clock, BotMetrics metrics,
                 FatalFailure fatal) {
        this.metrics = metrics;
        this.fatal = fatal;
        this.store = store;
        this.rendering = rendering;
        this.outbox = outbox;
        this.clock = clock;
    }

    void fire(String subscriber, Instant fireTime) {
        try {
            Enqueued e = store.compose(subscriber, fireTime, rendering, clock.instant());
            if (e.duplicate()) {
                log.debug("digest for {} at {} was composed before", subscriber, fireTime);
            } else if (e.outboxId().isPresent()) {
                metrics.digestComposed(subscriber.substring(0, Math.max(0, subscriber.indexOf(':'))));
                log.info("digest for {} at {}: {} stories in {} message(s) queued", subscriber, fireTime, e.stories(),
                        e.parts());
            } else {
                log.info("digest for {} at {}: nothing new, nothing posted", subscriber, fireTime);
            }
            outbox.deliver(subscriber);
        } catch (Exception ex) {
            if (!fatal.ends(ex)) {
                log.error("digest for {} at {} failed: {}", subscriber, fireTime, ex.getMessage());
            }
        }
    }
}
