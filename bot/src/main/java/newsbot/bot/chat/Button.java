package newsbot.bot.chat;

import java.util.Objects;

/**
 * An inline button. Pressing it comes back as a {@link ChatRequest} with {@link Origin#BUTTON}, whose command is the
 * payload up to the first ':' and whose args are the rest: payload {@code search:董军:2} gives command "search",
 * args "董军:2".
 *
 * <p>Any length up to {@link #MAX_PAYLOAD_CHARS} is fine: the Telegram adapter sends payloads over Telegram's 64-byte
 * callback_data limit as a short key into a bounded table of its own.
 */
public record Button(String label, String payload) {
    public static final int MAX_PAYLOAD_CHARS = 1000;
    /** Reserved for the Telegram adapter's keys for long payloads. */
    public static final char RESERVED_PREFIX = '~';

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(payload, "payload");
        if (label.isBlank()) {
            throw new IllegalArgumentException("button label must not be blank");
        }
        if (payload.isBlank() || payload.length() > MAX_PAYLOAD_CHARS) {
            throw new IllegalArgumentException("button payload must be 1.." + MAX_PAYLOAD_CHARS + " characters");
        }
        if (payload.charAt(0) == RESERVED_PREFIX || payload.charAt(0) == ':') {
            throw new IllegalArgumentException("button payload must not start with '" + payload.charAt(0) + "'");
        }
    }

    /** The command a press on this button asks for. */
    public String command() {
        int colon = payload.indexOf(':');
        return colon < 0 ? payload : payload.substring(0, colon);
    }

    /** The arguments a press on this button passes. */
    public String args() {
        int colon = payload.indexOf(':');
        return colon < 0 ? "" : payload.substring(colon + 1);
    }
}
