package newsbot.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The terms a sentence is compared by: character bigrams for Chinese runs (no word segmenter:
 * bigrams keep 防长 in 美国防长, see DESIGN), lower-cased crudely stemmed words for Latin runs,
 * English stop words dropped.
 */
public final class Terms {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those",
            "he", "she", "they", "them", "his", "her", "their", "we", "our", "you", "your", "i", "me", "my",
            "has", "have", "had", "do", "does", "did", "not", "no", "so", "than", "then", "there", "here",
            "which", "who", "whom", "what", "when", "where", "why", "how", "will", "would", "can", "could",
            "should", "may", "might", "must", "shall", "also", "into", "over", "after", "before", "about",
            "said", "says", "say", "s", "mr", "ms", "up", "out", "more", "most", "some", "such", "any", "all",
            "other", "one", "two", "new", "last", "while", "since", "during", "between", "against", "under");

    private Terms() {
    }

    public static List<String> of(String text, Language language) {
        List<String> terms = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isHan(c)) {
                int j = i;
                while (j < n && isHan(text.charAt(j))) {
                    j++;
                }
                if (j - i == 1) {
                    terms.add(text.substring(i, j));
                }
                for (int k = i; k + 1 < j; k++) {
                    terms.add(text.substring(k, k + 2));
                }
                i = j;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < n && Character.isLetterOrDigit(text.charAt(j)) && !isHan(text.charAt(j))) {
                    j++;
                }
                String word = text.substring(i, j).toLowerCase(Locale.ROOT);
                if (!STOP_WORDS.contains(word)) {
                    terms.add(language == Language.EN ? stem(word) : word);
                }
                i = j;
            } else {
                i++;
            }
        }
        return terms;
    }

    /** A few suffix rules: enough to meet "talks"/"talked"/"talking", not a Porter stemmer. */
    public static String stem(String w) {
        if (w.length() <= 3 || !Character.isLetter(w.charAt(0))) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ing") && w.length() > 5) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ly") && w.length() > 4) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** CJK ideographs of the BMP (unified, extension A, compatibility): a range test, not a script lookup. */
    public static boolean isHan(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\uf900' && c <= '\ufaff')
                || c == '\u3007';
    }
}
