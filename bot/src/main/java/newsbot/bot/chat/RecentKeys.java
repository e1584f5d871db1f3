package newsbot.bot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers keys seen in the last {@code ttl}, at most {@code capacity} of them (oldest forgotten first). */
public final class RecentKeys implements RequestMemory {
    private final int capacity;
    private final Duration ttl;
    private final Clock clock;
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    public RecentKeys(int capacity, Duration ttl, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** True the first time {@code key} is offered within the ttl, false for repeats. */
    @Override
    public synchronized boolean firstSeen(String key) {
        Instant now = clock.instant();
        var it = seen.entrySet().iterator();
        while (it.hasNext()) { // insertion order: oldest first, so stop at the first one still fresh
            Map.Entry<String, Instant> e = it.next();
            if (e.getValue().plus(ttl).isAfter(now)) {
                break;
            }
            it.remove();
        }
        if (seen.containsKey(key)) {
            return false;
        }
        seen.put(key, now);
        if (seen.size() > capacity) {
            seen.remove(seen.keySet().iterator().next());
        }
        return true;
    }

    public synchronized int size() {
        return seen.size();
    }
}
