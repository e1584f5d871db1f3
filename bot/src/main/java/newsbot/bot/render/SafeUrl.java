package newsbot.bot.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Decides which article URLs may become links: http and https with a host, nothing else. */
final class SafeUrl {
    /** Longer links are shown without a link rather than eat a message's budget. */
    static final int MAX_LENGTH = 2048;
    private static final String ENCODE_ALWAYS = " \"<>|\\^`{}";

    private SafeUrl() {
    }

    /**
     * The URL ready to put in a link, with characters that would end a link in HTML or Slack
     * markup percent-encoded; empty for any other scheme (javascript:, data:, file:) or no host.
     */
    static Optional<String> webLink(String raw) {
        String url = raw.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        int schemeEnd = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        if (schemeEnd < 0 || url.length() == schemeEnd || "/?#".indexOf(url.charAt(schemeEnd)) >= 0) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(url.length());
        url.codePoints().forEach(cp -> {
            if (cp <= 0x20 || cp >= 0x7F && cp <= 0x9F || ENCODE_ALWAYS.indexOf(cp) >= 0
                    || Character.isSurrogate((char) cp) && cp <= 0xFFFF
                    || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.length() > MAX_LENGTH ? Optional.empty() : Optional.of(out.toString());
    }
}
