package newsbot.bot.render;

import java.util.List;

/** Joins summary sentences: a space after Latin text, nothing after Chinese (its punctuation is the gap). */
final class Sentences {
    private Sentences() {
    }

    static String join(List<String> sentences) {
        StringBuilder out = new StringBuilder();
        for (String sentence : sentences) {
            if (sentence.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && !isCjk(out.codePointBefore(out.length()))) {
                out.append(' ');
            }
            out.append(sentence);
        }
        return out.toString();
    }

    private static boolean isCjk(int codePoint) {
        return codePoint >= 0x2E80 && codePoint <= 0x9FFF || codePoint >= 0xF900 && codePoint <= 0xFAFF
                || codePoint >= 0xFF00 && codePoint <= 0xFFEF || codePoint >= 0x20000 && codePoint <= 0x3FFFF;
    }
}
