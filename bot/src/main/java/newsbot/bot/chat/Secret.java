package newsbot.bot.chat;

import java.util.Objects;

/** A token or signing secret: its value never shows in toString, logs or exception messages. */
public final class Secret {
    private final String value;

    public Secret(String value) {
        Objects.requireNonNull(value, "secret");
        if (value.isBlank()) {
            throw new IllegalArgumentException("secret must not be blank");
        }
        this.value = value;
    }

    /** The value, for the one library call that needs it. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Secret[***]";
    }
}
