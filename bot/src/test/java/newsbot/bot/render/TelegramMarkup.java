package newsbot.bot.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Checks Telegram HTML the way Telegram's strict parser would, and reads back its text with jsoup. */
final class TelegramMarkup {
    static final Set<String> ALLOWED = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "a", "code", "pre", "blockquote", "tg-spoiler", "span");
    private static final Pattern TOKEN = Pattern.compile("<(/?)([a-z-]+)(?: href=\"([^\"<>]*)\")?>|&(?:amp|lt|gt|quot);|[<>&]");

    private TelegramMarkup() {
    }

    /** Null when valid, else what is wrong: unknown tags, unbalanced tags, bare &lt; &gt; &amp;. */
    static String problem(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TOKEN.matcher(html);
        while (m.find()) {
            String token = m.group();
            if (token.length() == 1) {
                return "bare '" + token + "' at " + m.start();
            }
            if (m.group(2) == null) {
                continue;  // an entity
            }
            String tag = m.group(2);
            if (!ALLOWED.contains(tag)) {
                return "tag <" + tag + "> at " + m.start();
            }
            if (m.group(1).isEmpty()) {
                open.push(tag);
            } else if (open.isEmpty() || !open.pop().equals(tag)) {
                return "unbalanced </" + tag + "> at " + m.start();
            }
        }
        return open.isEmpty() ? null : "unclosed <" + open.peek() + ">";
    }

    static Element parse(String html) {
        return Jsoup.parseBodyFragment(html).body();
    }

    /** Visible text, without the zero-width spaces that defuse mentions. */
    static String visibleText(String html) {
        return parse(html).text().replace(Mentions.ZERO_WIDTH_SPACE, "");
    }
}
