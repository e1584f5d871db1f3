package newsbot.bot.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.MessageSender;
import newsbot.bot.chat.Platform;
import newsbot.bot.chat.SendResult;
import newsbot.bot.metrics.BotMetrics;
import newsbot.core.delivery.DeliveryStore;
import newsbot.core.delivery.PendingDigest;
import newsbot.core.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the outbox: for one subscriber at a time (never two threads for the same chat, nor two instances of a
 * cluster: {@link DeliveryStore#claim}, so a part is never posted twice in parallel), its entries oldest first, each from its next unsent part, one message per call, marking each
 * part sent right after the platform accepted it. Retryable failures wait (backoff, retry-after) and keep the order;
 * a permanent failure pauses that subscription only.
 *
 * <p>Duplicate window: a crash after the platform accepted a part and before {@link DeliveryStore#markSent}
 * committed (one short SQLite write) posts that one part again after the restart. A post whose answer was lost on
 * the network and is retried can also arrive twice; the platforms offer no idempotency key for messages.
 */
public final class OutboxSender {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final DeliveryStore store;
    private final MessageSender sender;
    private final Supplier<Set<Platform>> running;
    private final Clock clock;
    private final OutboxBackoff backoff;
    private final PauseListener onPause;
    private final BotMetrics metrics;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    /**
     * @param running the platforms whose adapter runs: entries for the others wait instead of failing
     */
    public OutboxSender(DeliveryStore store, MessageSender sender, Supplier<Set<Platform>> running, Clock clock,
                        OutboxBackoff backoff, PauseListener onPause) {
        this(store, sender, running, clock, backoff, onPause, BotMetrics.none());
    }

    public OutboxSender(DeliveryStore store, MessageSender sender, Supplier<Set<Platform>> running, Clock clock,
                        OutboxBackoff backoff, PauseListener onPause, BotMetrics metrics) {
        this.metrics = metrics;
        this.store = store;
        this.sender = sender;
        this.running = running;
        this.clock = clock;
        this.backoff = backoff;
        this.onPause = onPause;
    }

    /** Posts what is pending for {@code subscriber}, waiting for a delivery of it already under way. */
    public void deliver(String subscriber) throws StoreException {
        ReentrantLock lock = locks.computeIfAbsent(subscriber, k -> new ReentrantLock());
        lock.lock();
        try (DeliveryStore.Claim claim = store.claim(subscriber, true).orElseThrow()) {
            deliverLocked(subscriber);
        } finally {
            lock.unlock();
        }
    }

    /** Posts every due entry (retries, and what a restart left half-sent); skips chats being posted to right now. */
    public void deliverDue() throws StoreException {
        for (String subscriber : store.subscribersDue(clock.instant())) {
            if (stopping) {
                return;
            }
            ReentrantLock lock = locks.computeIfAbsent(subscriber, k -> new ReentrantLock());
            if (lock.tryLock()) {
                try {
                    Optional<DeliveryStore.Claim> claim = store.claim(subscriber, false);
                    if (claim.isEmpty()) {
                        continue; // another instance of the cluster posts to this chat right now
                    }
                    try (DeliveryStore.Claim held = claim.get()) {
                        deliverLocked(subscriber);
                    }
                } catch (StoreException e) {
                    if (e.unwritable()) {
                        throw e; // not one chat's trouble: the job decides for the whole bot
                    }
                    log.error("delivering to {} failed: {}", subscriber, e.getMessage());
                } catch (RuntimeException e) {
                    log.error("delivering to {} failed: {}", subscriber, e.getMessage());
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    /** No new part is started after this; a part being posted finishes and is marked. */
    public void stop() {
        stopping = true;
    }

    private void deliverLocked(String subscriber) throws StoreException {
        for (PendingDigest d : store.pending(subscriber)) {
            if (d.notBefore().isAfter(clock.instant())) {
                return; // an older digest waits for its retry: later ones wait behind it, in order
            }
            if (!deliverOne(d)) {
                return;
            }
        }
    }

    /** @return true when the whole entry is sent */
    private boolean deliverOne(PendingDigest d) throws StoreException {
        Platform platform = Platform.valueOf(d.platform().toUpperCase(Locale.ROOT));
        if (!running.get().contains(platform)) {
            store.retryLater(d.id(), d.platform() + " is not running (no token?)",
                    clock.instant().plus(backoff.after(d.attempts() + 1, java.time.Duration.ZERO)));
            log.warn("digest for {} waits: the {} adapter is not running", d.subscriber(), d.platform());
            return false;
        }
        for (PendingDigest.Part part : d.unsent()) {
            if (stopping) {
                return false;
            }
            ChatMessage message;
            try {
                message = PartCodec.decode(part.body());
            } catch (IllegalArgumentException e) {
                pause(d, e.getMessage());
                return false;
            }
            SendResult result = sender.send(platform, d.chat(), List.of(message));
            if (result instanceof SendResult.Sent) {
                store.markSent(d.id(), part.ordinal(), clock.instant());
            } else if (result instanceof SendResult.RetryableFailure r) {
                Instant next = clock.instant().plus(backoff.after(d.attempts() + 1, r.retryAfter()));
                store.retryLater(d.id(), r.reason(), next);
                log.warn("digest for {} stopped at message {}/{}: {}; trying again at {}", d.subscriber(),
                        part.ordinal() + 1, d.partCount(), r.reason(), next);
                return false;
            } else if (result instanceof SendResult.PermanentFailure p) {
                pause(d, (p.code() == 0 ? "" : p.code() + " ") + p.reason());
                return false;
            }
        }
        log.info("digest sent to {} for {}: {} message(s)", d.subscriber(), d.fireTime(), d.partCount());
        metrics.digestSent(d.platform());
        return true;
    }

    private void pause(PendingDigest d, String reason) throws StoreException {
        store.pause(d.id(), d.subscriber(), reason, clock.instant());
        log.error("digests to {} are paused: {}. an admin resumes them with /subscribe in that chat",
                d.subscriber(), reason);
        try {
            onPause.paused(d.subscriber(), d.platform(), d.chat(), reason);
        } catch (RuntimeException e) {
            log.warn("telling the admins about {} failed: {}", d.subscriber(), e.getMessage());
        }
    }
}
