package newsbot.bot.chat;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One message to post. The renderer keeps text within the platform's limit (Telegram: {@link #TELEGRAM_MAX_CHARS}
 * characters after entity parsing); the adapters do not split or re-escape.
 *
 * @param text        the text; for Slack also the notification fallback when blocks are given
 * @param format      the markup of {@code text}
 * @param buttons     inline buttons shown under the message, in one row; empty for none
 * @param slackBlocks Slack Block Kit blocks as JSON-like maps ({"type":"section",…}); ignored on Telegram; empty for
 *                    none. The Slack adapter appends one "actions" block for {@code buttons}.
 * @param ephemeral   Slack: visible only to the asking user (response_url replies only); ignored on Telegram
 * @param picture     an image sent with the text as its caption ({@link Picture#NONE} for none); Telegram captions hold
 *                    at most {@link #TELEGRAM_MAX_CAPTION} characters
 */
public record ChatMessage(String text, Format format, List<Button> buttons, List<Map<String, Object>> slackBlocks,
                          boolean ephemeral, Picture picture) {
    public static final int TELEGRAM_MAX_CHARS = 4096;
    public static final int TELEGRAM_MAX_CAPTION = 1024;

    public ChatMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        if (text.isBlank()) {
            throw new IllegalArgumentException("message text must not be blank");
        }
        Objects.requireNonNull(picture, "picture");
        buttons = List.copyOf(buttons);
        slackBlocks = List.copyOf(slackBlocks);
    }

    public static ChatMessage plain(String text) {
        return new ChatMessage(text, Format.PLAIN, List.of(), List.of(), false, Picture.NONE);
    }

    public static ChatMessage of(String text, Format format) {
        return new ChatMessage(text, format, List.of(), List.of(), false, Picture.NONE);
    }

    public ChatMessage withButtons(List<Button> newButtons) {
        return new ChatMessage(text, format, newButtons, slackBlocks, ephemeral, picture);
    }

    public ChatMessage withSlackBlocks(List<Map<String, Object>> blocks) {
        return new ChatMessage(text, format, buttons, blocks, ephemeral, picture);
    }

    /** This text as the caption of {@code image}. */
    public ChatMessage withPicture(Picture image) {
        return new ChatMessage(text, format, buttons, slackBlocks, ephemeral, image);
    }

    public ChatMessage asEphemeral() {
        return new ChatMessage(text, format, buttons, slackBlocks, true, picture);
    }
}
