package newsbot.bot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Paces posts per chat so that the platform never has to say 429: at least {@code minInterval} between two posts to
 * one chat and at most {@code perWindow} posts in any {@code window}. Callers reserve a slot and then wait outside
 * the lock, so one slow chat never holds up another.
 */
public final class ChatRateLimiter {
    private static final int MAX_CHATS = 10_000;

    /** One chat's budget. */
    public record Limits(Duration minInterval, int perWindow, Duration window) {
        /** Telegram: about one message a second in a chat. */
        public static final Limits TELEGRAM_PRIVATE = new Limits(Duration.ofSeconds(1), 60, Duration.ofMinutes(1));
        /** Telegram: no more than 20 messages a minute in a group or channel. */
        public static final Limits TELEGRAM_GROUP = new Limits(Duration.ofSeconds(1), 20, Duration.ofMinutes(1));
        /** Slack: chat.postMessage allows about one message a second per channel. */
        public static final Limits SLACK_CHANNEL = new Limits(Duration.ofSeconds(1), 60, Duration.ofMinutes(1));

        public Limits {
            Objects.requireNonNull(minInterval, "minInterval");
            Objects.requireNonNull(window, "window");
            if (perWindow < 1 || minInterval.isNegative() || window.isNegative()) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    private final Clock clock;
    private final Sleeper sleeper;
    /** Per chat, the start times of its last posts (reserved slots may lie in the future); least recent chats go. */
    private final Map<String, Deque<Instant>> slots = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_CHATS;
        }
    };

    public ChatRateLimiter(Clock clock, Sleeper sleeper) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Waits until {@code chat} may be posted to, and counts the post. */
    public void acquire(String chat, Limits limits) throws InterruptedException {
        Duration wait = reserve(chat, limits);
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    /** Takes the next free slot of {@code chat} and returns how long from now until it starts. */
    public synchronized Duration reserve(String chat, Limits limits) {
        Instant now = clock.instant();
        Deque<Instant> times = slots.computeIfAbsent(chat, k -> new ArrayDeque<>());
        Instant start = now;
        if (!times.isEmpty()) {
            start = latest(start, times.peekLast().plus(limits.minInterval()));
        }
        while (times.size() > limits.perWindow()) {
            times.removeFirst();
        }
        if (times.size() == limits.perWindow()) {
            start = latest(start, times.removeFirst().plus(limits.window()));
        }
        times.addLast(start);
        return Duration.between(now, start);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
