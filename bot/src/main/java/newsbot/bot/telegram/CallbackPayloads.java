package newsbot.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import newsbot.bot.chat.Button;

/**
 * Fits button payloads into Telegram's 64-byte callback_data: short ones go as they are (they hold nothing but what
 * the press asks for), longer ones (long Chinese queries) are kept here under a random key "~…", bound to the chat
 * they were sent to and kept for {@link #LIFETIME}. A key pressed in another chat, forgotten (restart, eviction) or
 * too old gets an "expired" answer: never another chat's query.
 */
final class CallbackPayloads {
    static final int MAX_CALLBACK_BYTES = 64;
    static final Duration LIFETIME = Duration.ofHours(48);
    private static final char[] KEY_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int KEY_LENGTH = 16; // ~95 bits

    private record Kept(String chatId, String payload, Instant at) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Map<String, Kept> longPayloads;

    CallbackPayloads(int capacity, Clock clock) {
        this.clock = clock;
        this.longPayloads = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The callback_data to send to {@code chatId} for {@code payload}. */
    String encode(String payload, String chatId) {
        if (payload.getBytes(StandardCharsets.UTF_8).length <= MAX_CALLBACK_BYTES) {
            return payload;
        }
        StringBuilder key = new StringBuilder().append(Button.RESERVED_PREFIX);
        for (int i = 0; i < KEY_LENGTH; i++) {
            key.append(KEY_CHARS[random.nextInt(KEY_CHARS.length)]);
        }
        synchronized (longPayloads) {
            longPayloads.put(key.toString(), new Kept(chatId, payload, clock.instant()));
        }
        return key.toString();
    }

    /** The payload behind {@code callbackData} pressed in {@code chatId}; empty for a key not kept for that chat. */
    Optional<String> decode(String callbackData, String chatId) {
        if (callbackData == null || callbackData.isEmpty()) {
            return Optional.empty();
        }
        if (callbackData.charAt(0) != Button.RESERVED_PREFIX) {
            return Optional.of(callbackData);
        }
        Kept kept;
        synchronized (longPayloads) {
            kept = longPayloads.get(callbackData);
        }
        if (kept == null || !kept.chatId().equals(chatId) || clock.instant().isAfter(kept.at().plus(LIFETIME))) {
            return Optional.empty();
        }
        return Optional.of(kept.payload());
    }
}
