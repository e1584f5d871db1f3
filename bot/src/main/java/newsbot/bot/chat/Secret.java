package newsbot.bot.chat;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    /** The named variable of {@code env} (pass {@code System.getenv()}), when set and not blank. */
    public static Optional<Secret> fromEnvironment(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(new Secret(value.strip()));
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
