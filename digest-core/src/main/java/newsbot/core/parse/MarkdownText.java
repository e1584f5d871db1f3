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
    /** A link or image URL that a crawler hard-wrapped: "](https://x/ab-\ncd/0)". */
    private static final Pattern WRAPPED_URL = Pattern.compile("(\\]\\([^)\\s]{0,2000})\\n(?=[^\\s)]{1,2000}\\))");
    /** Link text that a crawler hard-wrapped just before its URL: "[headline\n](https://…)". */
    private static final Pattern WRAPPED_LINK_TEXT = Pattern.compile("\\n(?=\\]\\()");
    /** A block that is nothing but one link ("[related headline](https://news.qq.com/…)"). */
    private static final Pattern LINK_ONLY = Pattern.compile("^\\[[^\\]\\n]{1,500}\\]\\([^)\\s]{1,2000}\\)$");
    private static final Pattern QUOTE_MARK = Pattern.compile("^>+\\s*");

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
        return collapseSpaces(s);
    }

    /** Runs of spaces, tabs, no-break and ideographic spaces to one space; trimmed. */
    static String collapseSpaces(String s) {
        StringBuilder out = null;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean isSpace = c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000';
            if (isSpace && (space || c != ' ') && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
                if (c != ' ' && !space) {
                    out.append(' ');
                }
            } else if (out != null && (!isSpace || !space)) {
                out.append(isSpace ? ' ' : c);
            }
            space = isSpace;
        }
        return (out == null ? s : out.toString()).strip();
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

    /** Rejoins URLs broken over two lines so that images and links can be recognised. */
    static String unwrapUrls(String text) {
        if (!text.contains("](")) {
            return text;
        }
        String t = WRAPPED_URL.matcher(text).replaceAll("$1");
        return t.contains("\n](") ? WRAPPED_LINK_TEXT.matcher(t).replaceAll("") : t;
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
        return paragraphs(lines, false);
    }

    /**
     * @param dropLinkLists whether a paragraph that is nothing but one link is dropped: crawlers append
     *                      lists of related headlines that way
     */
    static List<String> paragraphs(List<String> lines, boolean dropLinkLists) {
        Blocks blocks = new Blocks(dropLinkLists);
        boolean inFence = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("```")) {
                inFence = !inFence;
                blocks.flush();
                continue;
            }
            if (line.isEmpty() || (!inFence && isRule(line))) {
                blocks.flush();
                continue;
            }
            if (inFence) {
                blocks.append(line);
                continue;
            }
            if (line.startsWith(">")) {
                line = QUOTE_MARK.matcher(line).replaceFirst("");
            }
            if (isHeading(line)) {
                blocks.alone(HEADING.matcher(line).replaceFirst(""));
            } else if (isWholeLineBold(line) || line.startsWith("![")) {
                blocks.alone(line);
            } else if (LIST_ITEM.matcher(line).find()) {
                blocks.alone(LIST_ITEM.matcher(line).replaceFirst(""));
            } else {
                blocks.append(line);
            }
        }
        blocks.flush();
        return blocks.out;
    }

    /** Raw lines of the current block, turned into plain text when the block ends. */
    private static final class Blocks {
        final List<String> out = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private final boolean dropLinkLists;

        Blocks(boolean dropLinkLists) {
            this.dropLinkLists = dropLinkLists;
        }

        void append(String line) {
            if (current.length() > 0 && needsSpace(current.charAt(current.length() - 1), line.charAt(0))) {
                current.append(' ');
            }
            current.append(line);
        }

        void alone(String line) {
            flush();
            append(line);
            flush();
        }

        void flush() {
            if (current.length() == 0) {
                return;
            }
            String raw = current.toString();
            current.setLength(0);
            if (dropLinkLists && LINK_ONLY.matcher(raw).matches()) {
                return;
            }
            String text = inline(raw);
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
    }

    private static boolean isWholeLineBold(String line) {
        return line.length() > 4 && line.startsWith("**") && line.endsWith("**");
    }

    /** Chinese lines join without a space; Latin words need one. */
    private static boolean needsSpace(char before, char after) {
        return !(isCjk(before) || isCjk(after));
    }

    static boolean isCjk(char c) {
        return c >= 0x2E80 && (c <= 0x9FFF || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF));
    }
}
