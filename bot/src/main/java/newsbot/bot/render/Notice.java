package newsbot.bot.render;

import java.util.Objects;

/** A short message to the reader that is not a digest or results: a confirmation or an error. */
public record Notice(Kind kind, String text) {
    public enum Kind { INFO, ERROR }

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Notice info(String text) {
        return new Notice(Kind.INFO, text);
    }

    public static Notice error(String text) {
        return new Notice(Kind.ERROR, text);
    }
}
