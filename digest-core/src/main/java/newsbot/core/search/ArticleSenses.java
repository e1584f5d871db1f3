package newsbot.core.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembered {@link TopicSense#found} results, by article and the article's ingest sequence number (a changed text
 * has a new one): the things an article's title and leads name do not depend on the query, and reading them for each
 * of the best 50 was a tenth of a search that no kept page could answer. Bounded, least recently used out.
 * Thread-safe.
 */
final class ArticleSenses {
    private static final int MAX = 50_000;

    record Key(long article, long seq) {
    }

    private final Map<Key, int[]> found = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, int[]> eldest) {
            return size() > MAX;
        }
    };

    /** The concepts remembered for the article, or null. */
    synchronized int[] get(Key key) {
        return found.get(key);
    }

    synchronized void put(Key key, int[] concepts) {
        found.put(key, concepts);
    }
}
