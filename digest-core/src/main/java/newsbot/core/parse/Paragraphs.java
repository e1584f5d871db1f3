package newsbot.core.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Operations on a body's paragraphs: drop junk, drop repeats, join into the section text. */
final class Paragraphs {

    private Paragraphs() {
    }

    /** Paragraphs separated by one blank line. */
    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** Without paragraphs that are not prose: style sheets pasted by a crawler, lone punctuation. */
    static List<String> withoutJunk(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            if (!isStyleSheet(p) && hasLetterOrDigit(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Each paragraph once, first occurrence kept; short ones ("图片", "——") may repeat legitimately. */
    static List<String> withoutRepeats(List<String> paragraphs) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            if (p.length() < 20 || seen.add(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Rejoins a paragraph the source split mid-sentence: one that ends without closing punctuation
     * and is followed by one starting with a Chinese character. Subheads also lack closing punctuation,
     * so short paragraphs and the given headings are never joined to what follows.
     */
    static List<String> withSplitSentencesRejoined(List<String> paragraphs, int minLength, Set<String> headings) {
        List<String> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).length() >= minLength && !endsSentence(out.get(last))
                    && !headings.contains(out.get(last))
                    && MarkdownText.isCjk(p.charAt(0)) && Character.isLetter(p.charAt(0))) {
                out.set(last, out.get(last) + p);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean endsSentence(String p) {
        char c = p.charAt(p.length() - 1);
        return "。！？!?.…：:；;”\"'’」』）)]】》".indexOf(c) >= 0;
    }

    /** Crawled WeChat pages carry their CSS ("--weui-BG-0: #111;…") as text. */
    static boolean isStyleSheet(String p) {
        if (p.contains("--weui-")) {
            return true;
        }
        if (p.length() < 40) {
            return false;
        }
        int marks = 0;
        int han = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '{' || c == '}' || c == ';') {
                marks++;
            } else if (MarkdownText.isCjk(c)) {
                han++;
            }
        }
        return marks * 25 > p.length() && han * 10 < p.length();
    }

    private static boolean hasLetterOrDigit(String p) {
        for (int i = 0; i < p.length(); i++) {
            if (Character.isLetterOrDigit(p.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
