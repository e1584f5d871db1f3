package newsbot.core.search;

import java.text.Normalizer;

/**
 * The key a name is looked up by: letters and digits only, lower case, diacritics and widths folded. "Dong Jun",
 * "Dongjun", "Dong-jun", "DǑNG JŪN" and "ｄｏｎｇ ｊｕｎ" share the key {@code dongjun}; 劳埃德·奥斯汀 and 劳埃德奥斯汀
 * share 劳埃德奥斯汀. Short acronyms keep their case apart ("US" is not "us"): see {@link #of}.
 */
final class NameKey {
    /** Acronyms of up to this many capitals match only when typed in capitals: US is not "us", UN not "un". */
    private static final int ACRONYM_LETTERS = 2;
    private static final String ACRONYM = "^";

    private NameKey() {
    }

    /** The key of a name or of typed text; "" when it has no letter or digit. */
    static String of(String text) {
        String folded = fold(text);
        return isAcronym(text, folded) ? ACRONYM + folded : folded;
    }

    /** The key without the acronym mark: what a misspelling is compared with. */
    static String letters(String key) {
        return key.startsWith(ACRONYM) ? key.substring(ACRONYM.length()) : key;
    }

    /** Whether the key is made of Latin letters and digits only (pinyin, English). */
    static boolean isLatin(String key) {
        String k = letters(key);
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return !k.isEmpty();
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            } else if (Character.isSurrogate(c) && Character.isHighSurrogate(c) && i + 1 < decomposed.length()) {
                int cp = decomposed.codePointAt(i);
                if (Character.isLetterOrDigit(cp)) {
                    out.appendCodePoint(cp);
                }
                i++;
            }
        }
        return out.toString();
    }

    /** "US", "U.S.", "UN": capitals only, at most two; "PLA" or "pla" is no English word to confuse it with. */
    private static boolean isAcronym(String text, String folded) {
        if (folded.isEmpty() || folded.length() > ACRONYM_LETTERS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
