package newsbot.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Markdown to plain paragraphs: images dropped, links reduced to their text, emphasis markers and
 * heading marks removed. Lines of one block are joined; headings, whole-line bold subheads and list
 * items stand as paragraphs of their own.
 */
final class MarkdownText {

    // Bounded, non-nested character classes: linear time, no backtracking blowups.
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]{0,500}\\]\\([^)\\n]{0,2000}\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{0,500})\\]\\([^)\\n]{0,2000}\\)");
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\]\\[\\n]{1,500})\\](?!\\()");
    private static final Pattern STRONG = Pattern.compile("\\*\\*|__");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])([^*_\\n]{1,1000})\\1(?![\\w*])");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>\\n]{0,300}>");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}(?:\\s+|$)");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final Pattern RULE = Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,})$");
    private static final Pattern QUOTE_MARK = Pattern.compile("^>+\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\u00A0\\u3000]+");

    private MarkdownText() {
    }

    /** One line of markdown to plain text. */
    static String inline(String line) {
        String s = line;
        if (s.indexOf('[') >= 0) {
            s = IMAGE.matcher(s).replaceAll("");
            s = LINK.matcher(s).replaceAll("$1");
            s = BRACKETS.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('<') >= 0) {
            s = TAG.matcher(s).replaceAll("");
        }
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = STRONG.matcher(s).replaceAll("");
            s = EMPHASIS.matcher(s).replaceAll("$2");
            s = stripDanglingMarks(s);
        }
        if (s.indexOf('&') >= 0) {
            s = Parser.unescapeEntities(s, false);
        }
        if (s.indexOf('\\') >= 0) {
            s = s.replace("\\*", "*").replace("\\_", "_").replace("\\#", "#");
        }
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    /** A caption spread over two lines ("_caption…" / "…credit_") leaves one mark on each. */
    private static String stripDanglingMarks(String s) {
        String t = s.strip();
        while (!t.isEmpty() && (t.charAt(0) == '_' || t.charAt(0) == '*') && !LIST_ITEM.matcher(t).find()) {
            t = t.substring(1);
        }
        while (!t.isEmpty() && (t.charAt(t.length() - 1) == '_' || t.charAt(t.length() - 1) == '*')) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    static boolean isHeading(String line) {
        return line.startsWith("#") && HEADING.matcher(line).find();
    }

    static boolean isRule(String line) {
        return RULE.matcher(line.strip()).matches();
    }

    /** "# **Title**" to "Title". */
    static String headingText(String line) {
        return inline(HEADING.matcher(line.strip()).replaceFirst(""));
    }

    /** Block structure to paragraphs of plain text. */
    static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inFence = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("```")) {
                inFence = !inFence;
                flush(current, out);
                continue;
            }
            if (line.isEmpty() || (!inFence && isRule(line))) {
                flush(current, out);
                continue;
            }
            if (inFence) {
                append(current, line);
                continue;
            }
            if (line.startsWith(">")) {
                line = QUOTE_MARK.matcher(line).replaceFirst("");
            }
            boolean standsAlone = isHeading(line) || isWholeLineBold(line) || LIST_ITEM.matcher(line).find()
                    || line.startsWith("![");
            if (isHeading(line)) {
                line = HEADING.matcher(line).replaceFirst("");
            } else if (!isWholeLineBold(line)) {
                line = LIST_ITEM.matcher(line).replaceFirst("");
            }
            String text = inline(line);
            if (standsAlone) {
                flush(current, out);
                if (!text.isEmpty()) {
                    out.add(text);
                }
            } else if (!text.isEmpty()) {
                append(current, text);
            }
        }
        flush(current, out);
        return out;
    }

    private static boolean isWholeLineBold(String line) {
        return line.length() > 4 && line.startsWith("**") && line.endsWith("**");
    }

    private static void append(StringBuilder current, String text) {
        if (current.length() > 0 && needsSpace(current.charAt(current.length() - 1), text.charAt(0))) {
            current.append(' ');
        }
        current.append(text);
    }

    /** Chinese lines join without a space; Latin words need one. */
    private static boolean needsSpace(char before, char after) {
        return !(isCjk(before) || isCjk(after));
    }

    static boolean isCjk(char c) {
        return c >= 0x2E80 && (c <= 0x9FFF || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF));
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }
}
