package newsbot.bot.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsbot.core.event.EventDate;
import newsbot.core.event.Participant;
import newsbot.core.timeline.Timeline;
import newsbot.core.timeline.TimelineEntry;
import newsbot.core.topic.Topic;

/**
 * A timeline as plain text, one unit per contact so that a chat renderer can split between contacts:
 * <pre>
 * 2023-12-21  Video call · Chiefs of staff · Charles Q. Brown (US) – Liu Zhenli (China) · 5 sources · story 29
 *   国防部：中美两军视频通话取得积极的建设性成果
 * </pre>
 * Article text is cleaned (no control or bidi characters); names of kinds, levels and sides come from the topic.
 *
 * @param header the title line: the period, the count and whose contacts
 * @param units  one per contact, oldest first; empty when there are none
 */
public record TimelineText(String header, List<String> units) {
    public TimelineText {
        units = List.copyOf(units);
    }

    public static TimelineText of(Timeline timeline, Topic topic, String language) {
        boolean zh = language.equals("zh");
        String period = timeline.from() + " – " + timeline.to();
        String who = timeline.who().isEmpty() ? "" : " · " + CleanText.oneLine(timeline.who());
        int n = timeline.entries().size();
        String header = n == 0
                ? (zh ? "接触时间线 · " + period + " · 没有接触" : "Timeline of contacts · " + period + " · none") + who
                : (zh ? "接触时间线 · " + period + " · " + n + " 次" : "Timeline of contacts · " + period + " · " + n
                        + (n == 1 ? " contact" : " contacts")) + who;
        List<String> units = new ArrayList<>();
        for (TimelineEntry e : timeline.entries()) {
            units.add(line(e, topic, language, zh) + "\n  " + CleanText.oneLine(e.headline()));
        }
        return new TimelineText(header, units);
    }

    /** The whole timeline as one text, for the CLI and the console. */
    public String plain() {
        StringBuilder out = new StringBuilder(header).append('\n');
        units.forEach(u -> out.append(u).append('\n'));
        return out.toString();
    }

    /** The header as a Telegram photo's caption (HTML, within Telegram's 1,024 characters). */
    public String telegramCaption() {
        return Fit.render(header, h -> TelegramHtml.bold(TelegramHtml.text(h)), newsbot.bot.chat.ChatMessage.TELEGRAM_MAX_CAPTION);
    }

    /** The header as the comment of a Slack file upload (mrkdwn). */
    public String slackCaption() {
        return Fit.render(header, h -> SlackMrkdwn.bold(SlackMrkdwn.text(h)), SlackRenderer.MAX_TEXT_LENGTH);
    }

    /** Telegram HTML messages of at most 4,096 characters, split only between contacts; the header starts the first. */
    public List<String> telegram() {
        List<String> units = new ArrayList<>();
        units.add(TelegramHtml.bold(TelegramHtml.text(header)));
        this.units.forEach(u -> units.add(Fit.render(u, TelegramHtml::text, TelegramHtmlRenderer.MAX_MESSAGE_LENGTH)));
        return GreedyPacker.pack(units, g -> String.join("\n\n", g).length() <= TelegramHtmlRenderer.MAX_MESSAGE_LENGTH)
                .stream().map(g -> String.join("\n\n", g)).toList();
    }

    /** Slack messages: the header as a section, then sections of whole contacts within Slack's limits. */
    public List<SlackMessage> slack() {
        List<String> units = new ArrayList<>();
        units.add(SlackMrkdwn.bold(SlackMrkdwn.text(header)));
        this.units.forEach(u -> units.add(Fit.render(u, SlackMrkdwn::text, SlackRenderer.MAX_TEXT_LENGTH)));
        List<String> sections = GreedyPacker.pack(units, g -> String.join("\n", g).length() <= SlackRenderer.MAX_TEXT_LENGTH)
                .stream().map(g -> String.join("\n", g)).toList();
        return GreedyPacker.pack(sections, g -> g.size() <= SlackRenderer.MAX_BLOCKS
                        && String.join("\n", g).length() <= SlackRenderer.MAX_FALLBACK_LENGTH).stream()
                .map(g -> new SlackMessage(String.join("\n", g), g.stream().map(SlackBlocks::section).toList()))
                .toList();
    }

    private static String line(TimelineEntry e, Topic topic, String language, boolean zh) {
        List<String> parts = new ArrayList<>();
        parts.add(e.kind().map(k -> k.name(language)).orElse(zh ? "接触" : "Contact"));
        e.level().ifPresent(l -> parts.add(l.name(language)));
        String who = participants(e.participants(), topic, language);
        if (!who.isEmpty()) {
            parts.add(who);
        }
        int sources = e.sources().size();
        parts.add(zh ? sources + " 篇报道" : sources + (sources == 1 ? " source" : " sources"));
        parts.add((zh ? "事件 " : "story ") + e.story());
        return dateOf(e.date()) + "  " + (e.breakInContact() ? "✕ " : "") + String.join(" · ", parts);
    }

    /** "2023-12-21"; "2023-08" when only the month is known; "2023-08-07 wk" for a week. */
    public static String dateOf(EventDate date) {
        LocalDate d = date.date();
        return switch (date.precision()) {
            case DAY -> d.toString();
            case WEEK -> d + " wk";
            case MONTH -> d.toString().substring(0, 7);
        };
    }

    /** The participant's first name in {@code language} when the topic gives one, else its display name. */
    static String name(Participant p, Topic topic, String language) {
        return topic.entity(p.entityId()).map(e -> e.names().getOrDefault(language, List.of()))
                .filter(names -> !names.isEmpty()).map(names -> names.get(0)).orElse(p.name());
    }

    /** Each side's participants, in the topic's side order: "Lloyd Austin (US) – Dong Jun (China)". */
    static String participants(List<Participant> participants, Topic topic, String language) {
        Map<String, List<String>> bySide = new LinkedHashMap<>();
        topic.sides().forEach(s -> bySide.put(s, new ArrayList<>()));
        for (Participant p : participants) {
            bySide.computeIfAbsent(p.side(), s -> new ArrayList<>()).add(CleanText.oneLine(name(p, topic, language)));
        }
        return bySide.entrySet().stream().filter(s -> !s.getValue().isEmpty())
                .map(s -> String.join(", ", s.getValue())
                        + (s.getKey().isEmpty() ? "" : language.equals("zh")
                                ? "（" + topic.sideName(s.getKey(), language) + "）"
                                : " (" + topic.sideName(s.getKey(), language) + ")"))
                .collect(Collectors.joining(" – "));
    }
}
