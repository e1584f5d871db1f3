package newsbot.bot.render;

import java.util.List;
import newsbot.core.digest.Digest;
import newsbot.core.digest.DigestStory;
import newsbot.core.digest.Source;

/**
 * Plain text for the CLI and the console chat: no markup and no size limit, but article text is
 * still cleaned (no terminal escape sequences, no bidi overrides) and only http(s) URLs shown.
 * Highlights are marked «like this».
 */
public final class PlainTextRenderer {
    private final Labels labels;

    public PlainTextRenderer(RenderSettings settings) {
        this.labels = settings.labels();
    }

    /** The whole digest as one text; "" for an empty digest. */
    public String digest(Digest digest) {
        return digest(digest, EmptyDigest.SKIP);
    }

    public String digest(Digest digest, EmptyDigest whenEmpty) {
        if (digest.isEmpty()) {
            return whenEmpty == EmptyDigest.NOTICE ? labels.nothingNew(digest.since(), digest.until()) : "";
        }
        StringBuilder out = new StringBuilder();
        out.append(labels.digestTitle()).append(" · ").append(labels.period(digest.since(), digest.until()))
                .append(" · ").append(labels.counts(digest.stories().size(), digest.articleCount())).append('\n');
        int number = 1;
        for (DigestStory story : digest.stories()) {
            out.append('\n');
            story(out, number++, StoryText.of(story, labels));
        }
        return out.toString();
    }

    public String search(SearchResultView view) {
        String query = CleanText.oneLine(view.query());
        if (view.hits().isEmpty()) {
            return SearchNotes.empty(view, query, labels);
        }
        StringBuilder out = new StringBuilder();
        out.append(labels.searchTitle(query)).append(" · ").append(labels.searchCounts(view.total(), view.atLeast(), view.page())).append('\n');
        SearchNotes.corrections(view, labels).ifPresent(n -> out.append(n).append('\n'));
        for (SearchResultView.Hit hit : view.hits()) {
            HitText h = HitText.of(hit, labels);
            out.append("\n- ").append(h.title()).append('\n');
            StringBuilder meta = new StringBuilder(h.outlet());
            h.published().ifPresent(d -> meta.append(meta.length() > 0 ? " · " : "").append(labels.date(d)));
            SafeUrl.webLink(h.url()).ifPresent(url -> meta.append(meta.length() > 0 ? " · " : "").append(url));
            if (meta.length() > 0) {
                out.append("  ").append(meta).append('\n');
            }
            if (!h.snippet().pieces().isEmpty()) {
                out.append("  ");
                for (Snippet.Piece piece : h.snippet().pieces()) {
                    out.append(piece.highlighted() ? "«" + piece.text() + "»" : piece.text());
                }
                out.append('\n');
            }
        }
        if (view.hasMore()) {
            out.append('\n').append(labels.moreResults(view.page() + 1)).append('\n');
        }
        return out.toString();
    }

    public String help(List<CommandHelp> commands) {
        StringBuilder out = new StringBuilder(labels.commandsTitle()).append('\n');
        for (CommandHelp command : commands) {
            out.append("  ").append(CleanText.oneLine(command.usage())).append(" — ")
                    .append(CleanText.oneLine(command.description())).append('\n');
        }
        return out.toString();
    }

    public String notice(Notice notice) {
        String prefix = notice.kind() == Notice.Kind.ERROR ? labels.errorPrefix() : "";
        return prefix + CleanText.multiLine(notice.text()).strip();
    }

    private void story(StringBuilder out, int number, StoryText s) {
        out.append(number).append(". ").append(s.update() ? labels.updatePrefix() : "").append(s.headline());
        SafeUrl.webLink(s.headlineUrl()).ifPresent(url -> out.append(" <").append(url).append('>'));
        out.append('\n');
        String meta = s.meta(labels);
        if (!meta.isEmpty()) {
            out.append("   ").append(meta).append('\n');
        }
        if (!s.summary().isEmpty()) {
            out.append("   ").append(Sentences.join(s.summary())).append('\n');
        } else if (s.titleOnly()) {
            out.append("   (").append(labels.titleOnly()).append(")\n");
        }
        for (String statement : s.statements()) {
            out.append("   ").append(statement).append('\n');
        }
        for (SourceGroups g : SourceGroups.of(s.sources())) {
            String heading = g.heading(labels);
            if (g.single()) {
                out.append("   - ");
                Source only = g.members().get(0);
                if (only.title().isEmpty()) {
                    source(out, only.withText(only.outlet(), only.url(), heading), "");
                } else {
                    out.append(heading.isEmpty() ? "" : heading + ": ");
                    source(out, only, "");
                }
            } else {
                out.append("   - ").append(heading).append(":\n");
                for (Source member : g.members()) {
                    out.append("     · ");
                    source(out, member, g.memberKind(member, labels));
                }
            }
        }
        if (s.hiddenSources() > 0) {
            out.append("   - ").append(labels.moreSources(s.hiddenSources())).append('\n');
        }
        if (!s.why().isEmpty()) {
            out.append("   ").append(labels.whyPrefix()).append(s.why()).append('\n');
        }
    }

    private static void source(StringBuilder out, Source source, String kind) {
        out.append(source.title());
        if (!kind.isEmpty()) {
            out.append(" (").append(kind).append(')');
        }
        SafeUrl.webLink(source.url()).ifPresent(url -> out.append(" <").append(url).append('>'));
        out.append('\n');
    }
}
