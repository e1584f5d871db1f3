package newsbot.core.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsbot.core.text.Language;

/**
 * ROUGE (Lin, 2004) for one candidate and one reference. Chinese is scored on characters
 * (letters and digits; punctuation and whitespace ignored), English on lower-cased words.
 * ROUGE-N counts clipped n-gram matches; ROUGE-L is the LCS-based F1 with β = 1.
 * No stemming and no stop-word removal, so numbers compare with the usual unstemmed ROUGE.
 */
public final class Rouge {

    private Rouge() {
    }

    /** @param language "zh" or "en" */
    public static RougeScores score(String candidate, String reference, String language) {
        Language lang = Language.of(language);
        List<String> c = tokens(candidate, lang);
        List<String> r = tokens(reference, lang);
        return new RougeScores(rougeN(c, r, 1), rougeN(c, r, 2), rougeL(c, r));
    }

    static List<String> tokens(String text, Language language) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        if (language == Language.ZH) {
            lower.codePoints().filter(Character::isLetterOrDigit).forEach(cp -> out.add(new String(Character.toChars(cp))));
            return out;
        }
        for (String w : lower.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static RougeScore rougeN(List<String> candidate, List<String> reference, int n) {
        Map<List<String>, Integer> ref = ngrams(reference, n);
        Map<List<String>, Integer> cand = ngrams(candidate, n);
        int matches = 0;
        for (Map.Entry<List<String>, Integer> e : cand.entrySet()) {
            matches += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        return RougeScore.of(matches, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
    }

    static RougeScore rougeL(List<String> candidate, List<String> reference) {
        return RougeScore.of(lcs(candidate, reference), candidate.size(), reference.size());
    }

    static int lcs(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.size()];
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }
}
