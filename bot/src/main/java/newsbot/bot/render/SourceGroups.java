package newsbot.bot.render;

import java.util.ArrayList;
import java.util.List;
import newsbot.core.digest.Source;
import newsbot.core.source.SourceKind;

/**
 * A story's sources as a reader scans them: one line per outlet, its articles under it when it
 * has several ("腾讯新闻 ×3"); sources naming no outlet each on their own line, by title.
 *
 * @param outlet  "" for a source that names no outlet
 * @param kind    the kind all members share, shown once on the outlet; null when they differ
 * @param members in order, at least one
 */
record SourceGroups(String outlet, SourceKind kind, List<Source> members) {

    /** Groups runs of the same outlet; the composer lists each outlet's articles together. */
    static List<SourceGroups> of(List<Source> sources) {
        List<SourceGroups> out = new ArrayList<>();
        List<Source> run = new ArrayList<>();
        for (Source s : sources) {
            if (!run.isEmpty() && (s.outlet().isEmpty() || !run.get(0).outlet().equals(s.outlet()))) {
                out.add(group(run));
                run = new ArrayList<>();
            }
            run.add(s);
        }
        if (!run.isEmpty()) {
            out.add(group(run));
        }
        return out;
    }

    private static SourceGroups group(List<Source> run) {
        SourceKind kind = run.get(0).kind();
        boolean uniform = run.stream().allMatch(s -> s.kind() == kind);
        return new SourceGroups(run.get(0).outlet(), uniform ? kind : null, List.copyOf(run));
    }

    boolean single() {
        return members.size() == 1;
    }

    /** "国防部 · official", "腾讯新闻 ×3", "" for a source without outlet. */
    String heading(Labels labels) {
        StringBuilder b = new StringBuilder(outlet);
        if (!single() && !outlet.isEmpty()) {
            b.append(' ').append(labels.articlesOf(members.size()));
        }
        if (kind != null && !labels.kind(kind).isEmpty()) {
            b.append(b.length() > 0 ? " · " : "").append(labels.kind(kind));
        }
        return b.toString();
    }

    /** The kind to show after one member's title: only when the members' kinds differ. */
    String memberKind(Source s, Labels labels) {
        return kind == null ? labels.kind(s.kind()) : "";
    }
}
