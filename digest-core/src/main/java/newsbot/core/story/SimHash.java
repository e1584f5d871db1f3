package newsbot.core.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 64-bit SimHash (Charikar, 2002) for near-duplicate articles: a republished text, reformatted,
 * re-punctuated or with a cut tail, stays within a few bits; a different text of the same topic
 * lands far away.
 *
 * <p>Features are shingles of normalised text: for Chinese (and anything not English), character
 * 3-grams of the lower-cased letters and digits, punctuation and whitespace removed; for English,
 * word 3-grams of lower-cased words. Each distinct shingle votes with weight 1 + ln(count), hashed
 * by FNV-1a 64 and then a murmur3 finaliser (FNV alone leaves its high bits weakly mixed for short
 * keys). Stateless.
 */
public final class SimHash {

    /** Hamming distance at or below which two texts are near-duplicates. */
    public static final int NEAR_DUPLICATE_DISTANCE = 3;

    private static final int SHINGLE = 3;

    private SimHash() {
    }

    /**
     * @param language "en" for word shingles; any other code ("zh", "und") for character shingles
     * @return the fingerprint; 0 for text without letters or digits
     */
    public static long of(String text, String language) {
        List<String> shingles = "en".equalsIgnoreCase(language) ? wordShingles(text) : characterShingles(text);
        Map<String, Integer> counts = new HashMap<>();
        shingles.forEach(s -> counts.merge(s, 1, Integer::sum));
        double[] votes = new double[64];
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            long h = hash(e.getKey());
            double weight = 1 + Math.log(e.getValue());
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1) == 1 ? weight : -weight;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static boolean nearDuplicates(long a, long b) {
        return distance(a, b) <= NEAR_DUPLICATE_DISTANCE;
    }

    static List<String> characterShingles(String text) {
        int[] cps = text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).toArray();
        List<String> out = new ArrayList<>();
        if (cps.length == 0) {
            return out;
        }
        if (cps.length < SHINGLE) {
            out.add(new String(cps, 0, cps.length));
            return out;
        }
        for (int i = 0; i + SHINGLE <= cps.length; i++) {
            out.add(new String(cps, i, SHINGLE));
        }
        return out;
    }

    static List<String> wordShingles(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        List<String> out = new ArrayList<>();
        if (words.isEmpty()) {
            return out;
        }
        if (words.size() < SHINGLE) {
            out.add(String.join(" ", words));
            return out;
        }
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        return out;
    }

    /** FNV-1a 64 over the UTF-16 units, then the murmur3 fmix64 avalanche. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h ^= c & 0xff;
            h *= 0x100000001b3L;
            h ^= c >>> 8;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
