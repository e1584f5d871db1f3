package newsbot.bot.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the texts back out of rendered Slack messages and says whether any could ping or format. */
final class SlackTexts {
    private static final Pattern ANGLE = Pattern.compile("<[^>]*>");
    private static final Pattern OUR_LINK = Pattern.compile("<https?://[^|>\\s<]+\\|[^|>]*>");
    private static final Pattern BARE_MENTION = Pattern.compile("@(here|channel|everyone)\\b|@[A-Za-z]");

    private SlackTexts() {
    }

    /** Every text Slack will parse: the fallback and each block's text. */
    @SuppressWarnings("unchecked")
    static List<String> all(SlackMessage message) {
        List<String> texts = new ArrayList<>();
        texts.add(message.text());
        for (Map<String, Object> block : message.blocks()) {
            Object text = block.get("text");
            if (text instanceof Map<?, ?> t) {
                texts.add((String) t.get("text"));
            }
            Object elements = block.get("elements");
            if (elements instanceof List<?> list) {
                list.forEach(e -> texts.add((String) ((Map<String, Object>) e).get("text")));
            }
        }
        return texts;
    }

    /** Null when the mrkdwn has no control sequence other than our http(s) links and no bare mention. */
    static String liveSequence(String mrkdwn) {
        Matcher m = ANGLE.matcher(mrkdwn);
        while (m.find()) {
            if (!OUR_LINK.matcher(m.group()).matches()) {
                return m.group();
            }
        }
        // inside a link's URL an "@" is part of the address, not a mention
        Matcher mention = BARE_MENTION.matcher(mrkdwn.replaceAll("<https?://[^|>]+\\|", "<"));
        return mention.find() ? mention.group() : null;
    }

    /** Visible text roughly as Slack shows it: entities decoded, links shown by label. */
    static String visible(String mrkdwn) {
        return mrkdwn.replaceAll("<https?://[^|>]+\\|([^>]*)>", "$1")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replace(Mentions.ZERO_WIDTH_SPACE, "");
    }
}
