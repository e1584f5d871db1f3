package newsbot.core.topic;

/**
 * Folds text for matching without changing its length, so that offsets in the folded text
 * are offsets in the original: lower case, full-width ASCII to ASCII, every space-like char
 * to ' ', the many middle dots to '·', dashes to '-', curly apostrophes to '\''.
 */
final class TextFolding {
    private TextFolding() {
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        }
        switch (c) {
            case '\u3000', '\u00A0', '\t', '\n', '\r', '\u2002', '\u2003', '\u2009', '\u200B' -> {
                return ' ';
            }
            case '\u2022', '\u2027', '\u30FB', '\uFF65', '\u2219', '\u22C5', '\u00B7' -> {
                return '\u00B7';
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> {
                return '-';
            }
            case '\u2019', '\u2018' -> {
                return '\'';
            }
            default -> {
                if (c < 128) {
                    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                }
                // scripts with case all sit below U+2E80; CJK, the bulk of a Chinese text, skips the lookup
                return c < '\u2E80' ? Character.toLowerCase(c) : c;
            }
        }
    }

    static char[] fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return out;
    }

    /** Folds an alias or a query: as {@link #fold(char)}, trimmed, runs of spaces collapsed to one. */
    static String foldPhrase(String phrase) {
        StringBuilder sb = new StringBuilder(phrase.length());
        for (char c : fold(phrase.strip())) {
            if (c == ' ' && sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                continue;
            }
            sb.append(c);
        }
        return sb.toString().strip();
    }

    /** Letters and digits of the Latin script: what an English word boundary must not touch. */
    static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
