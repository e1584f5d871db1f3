package newsbot.core.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Term ids for one story, so that vectors are sorted int arrays and comparing them needs no hashing. */
public final class Vocabulary {

    private final Map<String, Integer> ids = new HashMap<>();

    public int size() {
        return ids.size();
    }

    /** Sorted ids of the terms, one entry per occurrence (repeats kept for term frequency). */
    public int[] idsOf(List<String> terms) {
        int[] out = new int[terms.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(terms.get(i), t -> ids.size());
        }
        Arrays.sort(out);
        return out;
    }

    /** Sorted distinct ids. */
    public static int[] distinct(int[] sorted) {
        return Arrays.stream(sorted).distinct().toArray();
    }

    /** Size of the intersection of two sorted distinct id arrays. */
    public static int shared(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }
}
