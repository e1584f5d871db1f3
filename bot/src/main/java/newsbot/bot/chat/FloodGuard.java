package newsbot.bot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps one user, or one chat, from taking the bot for itself: a token bucket per user and one per chat (a
 * request takes a token from both). A request that finds either empty is not answered: the first of a run gets
 * one "slow down" reply, the rest are dropped, never queued. Hand-written rather than Bucket4j: the bucket is a
 * few lines over our {@link Clock}, and the part a library would not give — one warning per run, a bounded map
 * of recent users and chats — is most of this class.
 */
public final class FloodGuard {
    private static final int REMEMBERED = 10_000;

    /** What to do with one request. */
    public enum Verdict { ANSWER, SLOW_DOWN, DROP }

    /** A bucket of {@code burst} tokens, one more every {@code refillEvery}. */
    public record Budget(int burst, Duration refillEvery) {
        /** Eight commands at once, then one every 2 s (30 a minute). */
        public static final Budget USER = new Budget(8, Duration.ofSeconds(2));
        /** A busy group: fifteen at once, then one a second. */
        public static final Budget CHAT = new Budget(15, Duration.ofSeconds(1));

        public Budget {
            Objects.requireNonNull(refillEvery, "refillEvery");
            if (burst < 1 || refillEvery.isNegative() || refillEvery.isZero()) {
                throw new IllegalArgumentException("a budget needs a burst ≥ 1 and a positive refill time");
            }
        }
    }

    /** The budget of each user and of each chat. */
    public record Budgets(Budget user, Budget chat) {
        public static final Budgets DEFAULT = new Budgets(Budget.USER, Budget.CHAT);

        public Budgets {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(chat, "chat");
        }
    }

    private static final class Bucket {
        double tokens;
        Instant refilled;
        boolean warned;

        Bucket(int burst, Instant now) {
            tokens = burst;
            refilled = now;
        }

        void refill(Budget b, Instant now) {
            double earned = (double) Duration.between(refilled, now).toNanos() / b.refillEvery().toNanos();
            if (earned > 0) {
                tokens = Math.min(b.burst(), tokens + earned);
                refilled = now;
            }
        }
    }

    private final Clock clock;
    private final Budget user;
    private final Budget chat;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > REMEMBERED;
        }
    };

    public FloodGuard(Clock clock, Budgets budgets) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.user = budgets.user();
        this.chat = budgets.chat();
    }

    public synchronized Verdict admit(ChatRequest r) {
        Instant now = clock.instant();
        Bucket c = bucket("chat " + r.platform() + " " + r.chatId(), chat, now);
        Bucket u = r.userId().isEmpty() ? null : bucket("user " + r.platform() + " " + r.userId(), user, now);
        if (c.tokens >= 1 && (u == null || u.tokens >= 1)) {
            c.tokens--;
            c.warned = false;
            if (u != null) {
                u.tokens--;
                u.warned = false;
            }
            return Verdict.ANSWER;
        }
        Bucket empty = u != null && u.tokens < 1 ? u : c; // warn the one who floods, once per run
        if (empty.warned) {
            return Verdict.DROP;
        }
        empty.warned = true;
        return Verdict.SLOW_DOWN;
    }

    private Bucket bucket(String key, Budget budget, Instant now) {
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(budget.burst(), now));
        b.refill(budget, now);
        return b;
    }
}
