package newsbot.bot.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retry loop both adapters share: pace, call, and on failure wait (retry-after or backoff) and try again, a
 * bounded number of times. Every failure that ends a delivery is logged and returned; permanent ones also reach the
 * {@link DeliveryListener}.
 */
public final class Delivery {
    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private final Platform platform;
    private final RetryPolicy policy;
    private final ChatRateLimiter limiter;
    private final Sleeper sleeper;
    private final DeliveryListener listener;

    public Delivery(Platform platform, RetryPolicy policy, ChatRateLimiter limiter, Sleeper sleeper,
                    DeliveryListener listener) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Posts each message through {@code postOne}, in order, stopping at the first that fails for good. */
    public SendResult deliverAll(String chatId, ChatRateLimiter.Limits limits, List<ChatMessage> messages,
                                 java.util.function.Function<ChatMessage, Attempt> postOne) {
        List<String> ids = new ArrayList<>();
        for (ChatMessage message : messages) {
            Attempt outcome = deliver(chatId, limits, () -> postOne.apply(message));
            if (outcome instanceof Attempt.Ok ok) {
                ids.add(ok.id());
            } else {
                return failure(chatId, ids.size(), outcome);
            }
        }
        return new SendResult.Sent(ids);
    }

    /** One call with pacing and retries; returns the last attempt's outcome. */
    public Attempt deliver(String chatId, ChatRateLimiter.Limits limits, Supplier<Attempt> call) {
        Attempt outcome = new Attempt.Transient("not tried");
        int transientFailures = 0;
        try {
            for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
                limiter.acquire(chatId, limits);
                outcome = call.get();
                if (outcome instanceof Attempt.Ok) {
                    return outcome;
                }
                Attempt failed = outcome;
                observe(() -> listener.attemptFailed(platform, failed));
                if (outcome instanceof Attempt.Permanent) {
                    return outcome;
                }
                if (attempt == policy.maxAttempts()) {
                    break;
                }
                Duration wait;
                if (outcome instanceof Attempt.RateLimited limited) {
                    if (limited.retryAfter().compareTo(policy.maxRetryAfter()) > 0) {
                        return outcome; // too long to hold a worker: the caller (outbox) retries later
                    }
                    wait = limited.retryAfter().isZero() ? policy.backoff(++transientFailures) : limited.retryAfter();
                    Duration waited = wait;
                    observe(() -> listener.rateLimitWait(platform, waited));
                } else {
                    wait = policy.backoff(++transientFailures);
                }
                log.info("{} chat {}: {}; trying again in {} ms (attempt {}/{})", platform, chatId, reason(outcome),
                        wait.toMillis(), attempt + 1, policy.maxAttempts());
                sleeper.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt.Transient("interrupted");
        }
        return outcome;
    }

    /** Metrics must never stop a delivery. */
    private static void observe(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.warn("delivery listener failed", e);
        }
    }

    private SendResult failure(String chatId, int delivered, Attempt outcome) {
        if (outcome instanceof Attempt.Permanent p) {
            log.warn("{} chat {}: giving up, permanent failure {} {} ({} message(s) delivered before)", platform,
                    chatId, p.code(), p.reason(), delivered);
            SendResult.PermanentFailure failure = new SendResult.PermanentFailure(delivered, p.reason(), p.code());
            try {
                listener.permanentFailure(platform, chatId, failure);
            } catch (RuntimeException e) {
                log.warn("delivery listener failed", e);
            }
            return failure;
        }
        Duration after = outcome instanceof Attempt.RateLimited r ? r.retryAfter() : Duration.ZERO;
        log.warn("{} chat {}: not delivered after retries: {} ({} message(s) delivered before)", platform, chatId,
                reason(outcome), delivered);
        return new SendResult.RetryableFailure(delivered, reason(outcome), after);
    }

    /** Reports a permanent failure of an interactive reply the same way as one of {@link #deliverAll}. */
    public SendResult report(String chatId, int delivered, Attempt outcome) {
        return outcome instanceof Attempt.Ok ok ? new SendResult.Sent(List.of(ok.id()))
                : failure(chatId, delivered, outcome);
    }

    static String reason(Attempt a) {
        if (a instanceof Attempt.RateLimited r) {
            return "rate limited (retry after " + r.retryAfter().toSeconds() + " s): " + r.reason();
        } else if (a instanceof Attempt.Transient t) {
            return t.reason();
        } else if (a instanceof Attempt.Permanent p) {
            return p.code() + " " + p.reason();
        }
        return "ok";
    }
}
