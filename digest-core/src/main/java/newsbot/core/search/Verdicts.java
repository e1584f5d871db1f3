package newsbot.core.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembered {@link NameGuard} verdicts, by article, the article's ingest sequence number (a changed text has a new
 * one) and guard: the popular names are checked once, not on every search. Bounded, least recently used out.
 * Thread-safe.
 */
final class Verdicts {
    private static final int MAX = 200_000;

    record Key(long article, long seq, NameGuard guard) {
    }

    private final Map<Key, Boolean> verdicts = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Boolean> eldest) {
            return size() > MAX;
        }
    };

    synchronized Boolean get(Key key) {
        return verdicts.get(key);
    }

    synchronized void put(Key key, boolean accepted) {
        verdicts.put(key, accepted);
    }
}
