package newsbot.bot.render;

/**
 * Makes article text safe to show anywhere: no control characters (chat APIs reject some,
 * terminals obey ANSI escapes), no bidirectional overrides (they can disguise a link), no lone
 * surrogates (they make a message invalid UTF-8).
 */
final class CleanText {
    private CleanText() {
    }

    /** Keeps line breaks (as \n) and tabs; drops other control and bidi-override characters. */
    static String multiLine(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        for (int i = 0; i < unified.length(); i++) {
            char c = unified.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < unified.length() && Character.isLowSurrogate(unified.charAt(i + 1))) {
                out.append(c).append(unified.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '\n' || c == '\t' || !isHidden(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** As {@link #multiLine}, then every run of whitespace becomes one space, trimmed. */
    static String oneLine(String text) {
        return spaced(multiLine(text)).strip();
    }

    /** Every run of whitespace, line breaks included, as one space. */
    static String spaced(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
    }

    private static boolean isHidden(char c) {
        return Character.getType(c) == Character.CONTROL
                || c >= '\u202A' && c <= '\u202E'   // embeddings and overrides
                || c >= '\u2066' && c <= '\u2069'   // isolates
                || c == '\uFEFF';                   // byte-order mark
    }
}
