package newsbot.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import newsbot.bot.chat.Button;

/**
 * Fits button payloads into Telegram's 64-byte callback_data: short ones go as they are, longer ones (long Chinese
 * queries) are kept here under a short key "~n". The table is bounded and lives in memory: a press on a button whose
 * key was forgotten (restart, eviction) gets an "expired" answer rather than a wrong page.
 */
final class CallbackPayloads {
    static final int MAX_CALLBACK_BYTES = 64;

    private final AtomicLong next = new AtomicLong();
    private final Map<String, String> longPayloads;

    CallbackPayloads(int capacity) {
        this.longPayloads = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The callback_data to send for {@code payload}. */
    String encode(String payload) {
        if (payload.getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES) {
            return payload;
        }
        String key = Button.RESERVED_PREFIX + Long.toString(next.incrementAndGet(), 36);
        synchronized (longPayloads) {
            longPayloads.put(key, payload);
        }
        return key;
    }

    /** The payload behind {@code callbackData}; empty when it was a key this table no longer holds. */
    Optional<String> decode(String callbackData) {
        if (callbackData == null || callbackData.isEmpty()) {
            return Optional.empty();
        }
        if (callbackData.charAt(0) != Button.RESERVED_PREFIX) {
            return Optional.of(callbackData);
        }
        synchronized (longPayloads) {
            return Optional.ofNullable(longPayloads.get(callbackData));
        }
    }
}
