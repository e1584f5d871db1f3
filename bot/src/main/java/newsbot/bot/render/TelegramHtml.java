package newsbot.bot.render;

/**
 * Telegram's HTML parse mode: only &lt;, &gt;, &amp; and &quot; are known entities, and only a
 * few tags exist. All text from outside (articles, queries, zone names) goes through
 * {@link #text}; markup is added only by these helpers.
 */
final class TelegramHtml {
    private TelegramHtml() {
    }

    /** Cleans and escapes one piece of outside text and defuses @mentions in it. */
    static String text(String raw) {
        return Mentions.neutralise(escape(raw));
    }

    static String bold(String html) {
        return "<b>" + html + "</b>";
    }

    static String italic(String html) {
        return "<i>" + html + "</i>";
    }

    static String code(String html) {
        return "<code>" + html + "</code>";
    }

    /** A link when the URL is http(s), otherwise the label alone. */
    static String link(String url, String labelHtml) {
        return SafeUrl.webLink(url)
                .map(safe -> "<a href=\"" + escapeAttribute(safe) + "\">" + labelHtml + "</a>")
                .orElse(labelHtml);
    }

    static String escape(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String escapeAttribute(String raw) {
        return escape(raw).replace("\"", "&quot;");
    }
}
