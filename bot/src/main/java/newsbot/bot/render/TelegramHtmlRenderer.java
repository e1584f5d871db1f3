package newsbot.bot.render;

import static newsbot.bot.render.TelegramHtml.bold;
import static newsbot.bot.render.TelegramHtml.code;
import static newsbot.bot.render.TelegramHtml.italic;
import static newsbot.bot.render.TelegramHtml.link;
import static newsbot.bot.render.TelegramHtml.text;

import java.util.ArrayList;
import java.util.List;
import newsbot.core.digest.Digest;
import newsbot.core.digest.DigestStory;
import newsbot.core.digest.Source;

/**
 * Messages for Telegram's HTML parse mode. Each message is at most {@link #MAX_MESSAGE_LENGTH}
 * UTF-16 units of raw HTML (at least what Telegram counts after parsing). Messages split only
 * between stories or hits; a story too long for one message is shortened, never split.
 */
public final class TelegramHtmlRenderer {
    public static final int MAX_MESSAGE_LENGTH = 4096;
    private static final String GAP = "\n\n";

    private final Labels labels;

    public TelegramHtmlRenderer(RenderSettings settings) {
        this.labels = settings.labels();
    }

    /** The digest's messages; none for an empty digest. */
    public List<String> digest(Digest digest) {
        return digest(digest, EmptyDigest.SKIP);
    }

    public List<String> digest(Digest digest, EmptyDigest whenEmpty) {
        if (digest.isEmpty()) {
            return whenEmpty == EmptyDigest.NOTICE
                    ? List.of(Fit.render(labels.nothingNew(digest.since(), digest.until()), TelegramHtml::text, MAX_MESSAGE_LENGTH))
                    : List.of();
        }
        String header = bold(text(labels.digestTitle())) + " · " + text(labels.period(digest.since(), digest.until()))
                + " · " + text(labels.counts(digest.stories().size(), digest.articleCount()));
        // room for the header too, so the first story never leaves the header alone
        int budget = MAX_MESSAGE_LENGTH - header.length() - GAP.length();
        List<String> units = new ArrayList<>();
        units.add(header);
        for (DigestStory story : digest.stories()) {
            units.add(story(StoryFitter.fit(StoryText.of(story, labels), s -> story(s).length() <= budget)));
        }
        return pack(units, GAP);
    }

    public List<String> search(SearchResultView view) {
        String query = CleanText.oneLine(view.query());
        if (view.hits().isEmpty()) {
            return List.of(Fit.render(SearchNotes.empty(view, query, labels), TelegramHtml::text, MAX_MESSAGE_LENGTH));
        }
        String header = bold(text(labels.searchTitle(Utf16.truncate(query, 200)))) + " · "
                + text(labels.searchCounts(view.total(), view.atLeast(), view.page()))
                + SearchNotes.corrections(view, labels).map(n -> "\n" + italic(text(Utf16.truncate(n, 300)))).orElse("");
        String footer = view.hasMore() ? italic(text(labels.moreResults(view.page() + 1))) : "";
        int budget = MAX_MESSAGE_LENGTH - header.length() - footer.length() - 2 * GAP.length();
        List<String> units = new ArrayList<>();
        units.add(header);
        for (SearchResultView.Hit hit : view.hits()) {
            units.add(hit(HitText.of(hit, labels).fit(h -> hit(h).length() <= budget)));
        }
        if (!footer.isEmpty()) {
            units.add(footer);
        }
        return pack(units, GAP);
    }

    public List<String> help(List<CommandHelp> commands) {
        List<String> units = new ArrayList<>();
        units.add(bold(text(labels.commandsTitle())));
        for (CommandHelp command : commands) {
            String usage = code(text(Utf16.truncate(CleanText.oneLine(command.usage()), 200)));
            units.add(Fit.render(CleanText.oneLine(command.description()), d -> usage + " — " + text(d), MAX_MESSAGE_LENGTH / 2));
        }
        return pack(units, "\n");
    }

    public String notice(Notice notice) {
        String prefix = notice.kind() == Notice.Kind.ERROR ? bold(text(labels.errorPrefix().strip())) + " " : "";
        return Fit.render(CleanText.multiLine(notice.text()).strip(), t -> prefix + text(t), MAX_MESSAGE_LENGTH);
    }

    private String story(StoryText s) {
        StringBuilder html = new StringBuilder();
        html.append(bold((s.update() ? text(labels.updatePrefix()) : "") + link(s.headlineUrl(), text(s.headline()))));
        String meta = s.meta(labels);
        if (!meta.isEmpty()) {
            html.append('\n').append(italic(text(meta)));
        }
        if (!s.summary().isEmpty()) {
            html.append('\n').append(text(Sentences.join(s.summary())));
        } else if (s.titleOnly()) {
            html.append('\n').append(italic(text("(" + labels.titleOnly() + ")")));
        }
        for (String statement : s.statements()) {
            html.append('\n').append(text(statement));
        }
        for (SourceGroups g : SourceGroups.of(s.sources())) {
            String heading = g.heading(labels);
            if (g.single()) {
                boolean bare = heading.isEmpty() || g.members().get(0).title().isEmpty(); // the link shows the outlet
                html.append("\n• ").append(bare ? "" : text(heading) + ": ")
                        .append(source(g.members().get(0), ""));
            } else {
                html.append("\n• ").append(text(heading)).append(':');
                for (Source member : g.members()) {
                    html.append("\n   ◦ ").append(source(member, g.memberKind(member, labels)));
                }
            }
        }
        if (s.hiddenSources() > 0) {
            html.append("\n• ").append(text(labels.moreSources(s.hiddenSources())));
        }
        if (!s.why().isEmpty()) {
            html.append('\n').append(italic(text(labels.whyPrefix() + s.why())));
        }
        return html.toString();
    }

    private static String source(Source source, String kind) {
        String title = source.title().isEmpty() ? source.outlet() : source.title();
        return link(source.url(), text(title)) + (kind.isEmpty() ? "" : " " + italic(text("(" + kind + ")")));
    }

    private String hit(HitText h) {
        StringBuilder html = new StringBuilder(bold(link(h.url(), text(h.title()))));
        String meta = h.outlet() + h.published().map(d -> (h.outlet().isEmpty() ? "" : " · ") + labels.date(d)).orElse("");
        if (!meta.isEmpty()) {
            html.append('\n').append(italic(text(meta)));
        }
        if (!h.snippet().pieces().isEmpty()) {
            html.append('\n');
            for (Snippet.Piece piece : h.snippet().pieces()) {
                html.append(piece.highlighted() ? bold(text(piece.text())) : text(piece.text()));
            }
        }
        return html.toString();
    }

    private static List<String> pack(List<String> units, String separator) {
        return GreedyPacker.pack(units, group -> String.join(separator, group).length() <= MAX_MESSAGE_LENGTH).stream()
                .map(group -> String.join(separator, group))
                .toList();
    }
}
