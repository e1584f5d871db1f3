package newsbot.bot.render;

import static newsbot.bot.render.SlackMrkdwn.bold;
import static newsbot.bot.render.SlackMrkdwn.italic;
import static newsbot.bot.render.SlackMrkdwn.link;
import static newsbot.bot.render.SlackMrkdwn.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsbot.core.digest.Digest;
import newsbot.core.digest.DigestStory;
import newsbot.core.digest.Source;

/**
 * Slack messages with Block Kit blocks and a mrkdwn fallback. Limits kept: at most 50 blocks
 * and 40,000 fallback units a message, 3,000 units a text block, 150 a header; messages split
 * only between stories or hits.
 */
public final class SlackRenderer {
    public static final int MAX_BLOCKS = 50;
    public static final int MAX_TEXT_LENGTH = 3000;
    public static final int MAX_HEADER_LENGTH = 150;
    public static final int MAX_FALLBACK_LENGTH = 40_000;
    private static final String GAP = "\n\n";

    /** Blocks that always travel together, and their mrkdwn for the fallback text. */
    private record Unit(List<Map<String, Object>> blocks, List<String> texts) {
        String fallback() {
            return String.join(GAP, texts);
        }
    }

    private final Labels labels;

    public SlackRenderer(RenderSettings settings) {
        this.labels = settings.labels();
    }

    /** The digest's messages; none for an empty digest. */
    public List<SlackMessage> digest(Digest digest) {
        return digest(digest, EmptyDigest.SKIP);
    }

    public List<SlackMessage> digest(Digest digest, EmptyDigest whenEmpty) {
        if (digest.isEmpty()) {
            return whenEmpty == EmptyDigest.NOTICE
                    ? List.of(single(Fit.render(labels.nothingNew(digest.since(), digest.until()), SlackMrkdwn::text, MAX_TEXT_LENGTH)))
                    : List.of();
        }
        String title = labels.digestTitle() + " · " + labels.period(digest.since(), digest.until());
        String counts = labels.counts(digest.stories().size(), digest.articleCount());
        // plain_text is shown as is: no mrkdwn, no mentions, so no escaping
        Unit header = new Unit(
                List.of(SlackBlocks.header(Utf16.truncate(title, MAX_HEADER_LENGTH)), SlackBlocks.context(text(counts))),
                List.of(text(title + " · " + counts)));
        int fallbackBudget = MAX_FALLBACK_LENGTH - header.fallback().length() - GAP.length();
        List<Unit> units = new ArrayList<>();
        units.add(header);
        for (DigestStory story : digest.stories()) {
            units.add(story(StoryFitter.fit(StoryText.of(story, labels), s -> fits(story(s), fallbackBudget))));
        }
        return pack(units);
    }

    public List<SlackMessage> search(SearchResultView view) {
        String query = CleanText.oneLine(view.query());
        if (view.hits().isEmpty()) {
            return List.of(single(Fit.render(SearchNotes.empty(view, query, labels), SlackMrkdwn::text, MAX_TEXT_LENGTH)));
        }
        String headerText = bold(text(labels.searchTitle(Utf16.truncate(query, 200)))) + " · "
                + text(labels.searchCounts(view.total(), view.atLeast(), view.page()))
                + SearchNotes.corrections(view, labels).map(n -> "\n" + italic(text(Utf16.truncate(n, 300)))).orElse("");
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(List.of(SlackBlocks.section(headerText)), List.of(headerText)));
        for (SearchResultView.Hit hit : view.hits()) {
            String mrkdwn = hit(HitText.of(hit, labels).fit(h -> hit(h).length() <= MAX_TEXT_LENGTH));
            units.add(new Unit(List.of(SlackBlocks.section(mrkdwn)), List.of(mrkdwn)));
        }
        if (view.hasMore()) {
            String more = text(labels.moreResults(view.page() + 1));
            units.add(new Unit(List.of(SlackBlocks.context(more)), List.of(more)));
        }
        return pack(units);
    }

    public List<SlackMessage> help(List<CommandHelp> commands) {
        List<String> lines = new ArrayList<>();
        lines.add(bold(text(labels.commandsTitle())));
        for (CommandHelp command : commands) {
            String usage = "`" + text(Utf16.truncate(CleanText.oneLine(command.usage()), 200)) + "`";
            lines.add(Fit.render(CleanText.oneLine(command.description()), d -> usage + " — " + text(d), MAX_TEXT_LENGTH));
        }
        List<Unit> units = GreedyPacker.pack(lines, group -> String.join("\n", group).length() <= MAX_TEXT_LENGTH).stream()
                .map(group -> String.join("\n", group))
                .map(section -> new Unit(List.of(SlackBlocks.section(section)), List.of(section)))
                .toList();
        return pack(units);
    }

    public SlackMessage notice(Notice notice) {
        String prefix = notice.kind() == Notice.Kind.ERROR ? bold(text(labels.errorPrefix().strip())) + " " : "";
        return single(Fit.render(CleanText.multiLine(notice.text()).strip(), t -> prefix + text(t), MAX_TEXT_LENGTH));
    }

    private Unit story(StoryText s) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        blocks.add(SlackBlocks.divider());

        StringBuilder main = new StringBuilder(bold((s.update() ? text(labels.updatePrefix()) : "")
                + link(s.headlineUrl(), text(s.headline()))));
        String meta = s.meta(labels);
        if (!meta.isEmpty()) {
            main.append('\n').append(italic(text(meta)));
        }
        if (!s.summary().isEmpty()) {
            main.append('\n').append(text(Sentences.join(s.summary())));
        } else if (s.titleOnly()) {
            main.append('\n').append(italic(text("(" + labels.titleOnly() + ")")));
        }
        for (String statement : s.statements()) {
            main.append('\n').append(text(statement));
        }
        blocks.add(SlackBlocks.section(main.toString()));
        texts.add(main.toString());

        List<String> sourceLines = new ArrayList<>();
        for (SourceGroups g : SourceGroups.of(s.sources())) {
            String heading = g.heading(labels);
            if (g.single()) {
                boolean bare = heading.isEmpty() || g.members().get(0).title().isEmpty(); // the link shows the outlet
                sourceLines.add("• " + (bare ? "" : text(heading) + ": ") + source(g.members().get(0), ""));
            } else {
                sourceLines.add("• " + text(heading) + ":");
                for (Source member : g.members()) {
                    sourceLines.add("    ◦ " + source(member, g.memberKind(member, labels)));
                }
            }
        }
        if (s.hiddenSources() > 0) {
            sourceLines.add("• " + text(labels.moreSources(s.hiddenSources())));
        }
        if (!sourceLines.isEmpty()) {
            String sources = String.join("\n", sourceLines);
            blocks.add(SlackBlocks.section(sources));
            texts.add(sources);
        }
        if (!s.why().isEmpty()) {
            String why = text(labels.whyPrefix() + s.why());
            blocks.add(SlackBlocks.context(why));
            texts.add(why);
        }
        return new Unit(blocks, texts);
    }

    private static String source(Source source, String kind) {
        String title = source.title().isEmpty() ? source.outlet() : source.title();
        return link(source.url(), text(title)) + (kind.isEmpty() ? "" : " " + italic(text("(" + kind + ")")));
    }

    private static boolean fits(Unit unit, int fallbackBudget) {
        return unit.texts().stream().allMatch(t -> t.length() <= MAX_TEXT_LENGTH)
                && unit.fallback().length() <= fallbackBudget;
    }

    private String hit(HitText h) {
        StringBuilder mrkdwn = new StringBuilder(bold(link(h.url(), text(h.title()))));
        String meta = h.outlet() + h.published().map(d -> (h.outlet().isEmpty() ? "" : " · ") + labels.date(d)).orElse("");
        if (!meta.isEmpty()) {
            mrkdwn.append('\n').append(text(meta));
        }
        if (!h.snippet().pieces().isEmpty()) {
            mrkdwn.append('\n');
            for (Snippet.Piece piece : h.snippet().pieces()) {
                mrkdwn.append(piece.highlighted() ? bold(text(piece.text())) : text(piece.text()));
            }
        }
        return mrkdwn.toString();
    }

    private static SlackMessage single(String mrkdwn) {
        return new SlackMessage(mrkdwn, List.of(SlackBlocks.section(mrkdwn)));
    }

    private static List<SlackMessage> pack(List<Unit> units) {
        return GreedyPacker.pack(units, group -> group.stream().mapToInt(u -> u.blocks().size()).sum() <= MAX_BLOCKS
                        && fallback(group).length() <= MAX_FALLBACK_LENGTH).stream()
                .map(group -> new SlackMessage(fallback(group),
                        group.stream().flatMap(u -> u.blocks().stream()).toList()))
                .toList();
    }

    private static String fallback(List<Unit> group) {
        return String.join(GAP, group.stream().map(Unit::fallback).toList());
    }
}
