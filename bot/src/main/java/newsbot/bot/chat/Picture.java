package newsbot.bot.chat;

import java.util.Objects;

/**
 * An image a message carries (the timeline picture): Telegram sends it with sendPhoto and the message's text as its
 * caption; Slack uploads it as a file with the text as its comment.
 *
 * @param png      the PNG bytes; empty for {@link #NONE}
 * @param fileName what the chat shows it as, e.g. "timeline-2024-06.png"
 */
public record Picture(byte[] png, String fileName) {
    public static final Picture NONE = new Picture(new byte[0], "");

    public Picture {
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(fileName, "fileName");
    }

    public boolean isNone() {
        return png.length == 0;
    }
}
