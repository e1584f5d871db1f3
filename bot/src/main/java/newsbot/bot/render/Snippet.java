package newsbot.bot.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A snippet cut into plain and highlighted pieces, cleaned to one line. Cutting first and
 * cleaning each piece after keeps highlight offsets valid.
 */
record Snippet(List<Piece> pieces) {
    record Piece(String text, boolean highlighted) {
    }

    Snippet {
        pieces = List.copyOf(pieces);
    }

    static Snippet of(String text, List<Range> highlights) {
        List<Range> ranges = merged(text, highlights);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Range r : ranges) {
            add(pieces, text.substring(at, r.start()), false);
            add(pieces, text.substring(r.start(), r.end()), true);
            at = r.end();
        }
        add(pieces, text.substring(at), false);
        return new Snippet(cleaned(pieces));
    }

    int length() {
        return pieces.stream().mapToInt(p -> p.text().length()).sum();
    }

    /** At most max UTF-16 units including a closing "…", cut at a character boundary. */
    Snippet truncate(int max) {
        if (length() <= max) {
            return this;
        }
        List<Piece> kept = new ArrayList<>();
        int room = max - Utf16.ELLIPSIS.length();
        for (Piece p : pieces) {
            if (room <= 0) {
                break;
            }
            if (p.text().length() <= room) {
                kept.add(p);
                room -= p.text().length();
            } else {
                add(kept, p.text().substring(0, Utf16.safeCut(p.text(), room)).stripTrailing(), p.highlighted());
                break;
            }
        }
        if (max > 0) {
            kept.add(new Piece(Utf16.ELLIPSIS, false));
        }
        return new Snippet(kept);
    }

    private static List<Range> merged(String text, List<Range> highlights) {
        List<Range> sorted = highlights.stream()
                .map(r -> new Range(snapDown(text, Math.min(r.start(), text.length())), snapUp(text, Math.min(r.end(), text.length()))))
                .filter(r -> r.end() > r.start())
                .sorted(Comparator.comparingInt(Range::start))
                .toList();
        List<Range> out = new ArrayList<>();
        for (Range r : sorted) {
            Range last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r.start() <= last.end()) {
                out.set(out.size() - 1, new Range(last.start(), Math.max(last.end(), r.end())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static int snapDown(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
                && Character.isHighSurrogate(text.charAt(i - 1)) ? i - 1 : i;
    }

    private static int snapUp(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
                && Character.isHighSurrogate(text.charAt(i - 1)) ? i + 1 : i;
    }

    /** One line; whitespace at the edges of a highlight moves outside it (Slack needs that). */
    private static List<Piece> cleaned(List<Piece> raw) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : raw) {
            String text = CleanText.spaced(CleanText.multiLine(p.text()));
            if (p.highlighted()) {
                String core = text.strip();
                if (core.isEmpty()) {
                    add(out, text, false);
                    continue;
                }
                int lead = text.indexOf(core);
                add(out, text.substring(0, lead), false);
                add(out, core, true);
                add(out, text.substring(lead + core.length()), false);
            } else {
                add(out, text, false);
            }
        }
        // trim the snippet's own edges
        if (!out.isEmpty() && !out.get(0).highlighted()) {
            out.set(0, new Piece(out.get(0).text().stripLeading(), false));
        }
        int last = out.size() - 1;
        if (last >= 0 && !out.get(last).highlighted()) {
            out.set(last, new Piece(out.get(last).text().stripTrailing(), false));
        }
        // moving spaces out of highlights may put two side by side
        out.replaceAll(p -> new Piece(CleanText.spaced(p.text()), p.highlighted()));
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i - 1).text().endsWith(" ") && out.get(i).text().startsWith(" ")) {
                out.set(i, new Piece(out.get(i).text().substring(1), out.get(i).highlighted()));
            }
        }
        out.removeIf(p -> p.text().isEmpty());
        // "@" ending one piece and a name starting the next would be a mention once joined
        for (int i = 0; i + 1 < out.size(); i++) {
            if (out.get(i).text().endsWith("@")) {
                out.set(i, new Piece(out.get(i).text() + Mentions.ZERO_WIDTH_SPACE, out.get(i).highlighted()));
            }
        }
        return out;
    }

    private static void add(List<Piece> pieces, String text, boolean highlighted) {
        if (text.isEmpty()) {
            return;
        }
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).highlighted() == highlighted) {
            pieces.set(last, new Piece(pieces.get(last).text() + text, highlighted));
        } else {
            pieces.add(new Piece(text, highlighted));
        }
    }
}
