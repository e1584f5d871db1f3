package newsbot.bot.render;

/**
 * Slack mrkdwn for outside text. Slack's only escapes are &amp;amp; &amp;lt; &amp;gt;, which also
 * defuse &lt;!channel&gt;, &lt;@U123&gt; and &lt;#C123&gt;. Mrkdwn has no escape for * _ ~ `, so
 * those become look-alike characters: article text can never switch formatting on.
 */
final class SlackMrkdwn {
    private SlackMrkdwn() {
    }

    /** Cleans, escapes and defuses one piece of outside text (already one line or several). */
    static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean lineStart = i == 0 || raw.charAt(i - 1) == '\n';
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                // "&gt;" at the start of a line is still a Slack quote; a full-width ">" is not
                case '>' -> out.append(lineStart ? "＞" : "&gt;");
                case '*' -> out.append('∗');   // U+2217 asterisk operator
                case '_' -> out.append('ˍ');   // U+02CD modifier letter low macron
                case '~' -> out.append('∼');   // U+223C tilde operator
                case '`' -> out.append('ˋ');   // U+02CB modifier letter grave accent
                default -> out.append(c);
            }
        }
        return Mentions.neutralise(out.toString());
    }

    /**
     * Bold that works in the middle of a word or Chinese text too: Slack wants a word
     * boundary around "*", which a zero-width space provides. The content must not start or
     * end with whitespace (Slack would not bold it), so callers pass trimmed text.
     */
    static String bold(String mrkdwn) {
        return mrkdwn.isEmpty() ? "" : Mentions.ZERO_WIDTH_SPACE + "*" + mrkdwn + "*" + Mentions.ZERO_WIDTH_SPACE;
    }

    static String italic(String mrkdwn) {
        return mrkdwn.isEmpty() ? "" : Mentions.ZERO_WIDTH_SPACE + "_" + mrkdwn + "_" + Mentions.ZERO_WIDTH_SPACE;
    }

    /** &lt;url|label&gt; when the URL is http(s), otherwise the label alone. */
    static String link(String url, String labelMrkdwn) {
        return SafeUrl.webLink(url)
                .map(safe -> "<" + escapeUrl(safe) + "|" + labelMrkdwn.replace('|', '¦') + ">")
                .orElse(labelMrkdwn);
    }

    private static String escapeUrl(String safeUrl) {
        // SafeUrl already percent-encoded < > | and spaces; & still needs Slack's escape
        return safeUrl.replace("&", "&amp;");
    }
}
