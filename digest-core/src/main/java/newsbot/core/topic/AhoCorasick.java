package newsbot.core.topic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of many patterns in one pass over a text (Aho–Corasick).
 * Built once per topic; immutable and thread-safe afterwards. Transitions are kept as
 * sorted char arrays per state (binary search), which is small and fast for a few
 * thousand patterns.
 */
final class AhoCorasick {

    /** Receives one hit: pattern index and the half-open range [start, end) in the text. */
    interface HitSink {
        void hit(int pattern, int start, int end);
    }

    private final char[][] edgeChars;
    private final int[][] edgeTargets;
    private final int[] fail;
    private final int[][] outputs;
    private final int[] patternLengths;
    /** Dense transitions out of the root: most chars of a text leave the automaton at the root. */
    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    /** Chars that occur in no pattern send every state back to the root without a lookup. */
    private final boolean[] inAlphabet = new boolean[Character.MAX_VALUE + 1];

    AhoCorasick(List<String> patterns) {
        List<Map<Character, Integer>> trie = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        trie.add(new HashMap<>());
        out.add(new ArrayList<>());
        patternLengths = new int[patterns.size()];
        for (int p = 0; p < patterns.size(); p++) {
            String pattern = patterns.get(p);
            if (pattern.isEmpty()) {
                throw new IllegalArgumentException("empty pattern");
            }
            patternLengths[p] = pattern.length();
            int state = 0;
            for (int i = 0; i < pattern.length(); i++) {
                Integer next = trie.get(state).get(pattern.charAt(i));
                if (next == null) {
                    next = trie.size();
                    trie.add(new HashMap<>());
                    out.add(new ArrayList<>());
                    trie.get(state).put(pattern.charAt(i), next);
                }
                inAlphabet[pattern.charAt(i)] = true;
                state = next;
            }
            out.get(state).add(p);
        }
        int n = trie.size();
        edgeChars = new char[n][];
        edgeTargets = new int[n][];
        for (int s = 0; s < n; s++) {
            Character[] keys = trie.get(s).keySet().toArray(new Character[0]);
            Arrays.sort(keys);
            edgeChars[s] = new char[keys.length];
            edgeTargets[s] = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                edgeChars[s][k] = keys[k];
                edgeTargets[s][k] = trie.get(s).get(keys[k]);
            }
        }
        for (int k = 0; k < edgeChars[0].length; k++) {
            rootNext[edgeChars[0][k]] = edgeTargets[0][k];
        }
        fail = new int[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int target : edgeTargets[0]) {
            queue.add(target);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int k = 0; k < edgeChars[s].length; k++) {
                char c = edgeChars[s][k];
                int t = edgeTargets[s][k];
                int f = fail[s];
                while (f != 0 && step(f, c) < 0) {
                    f = fail[f];
                }
                int g = step(f, c);
                fail[t] = (g >= 0 && g != t) ? g : 0;
                out.get(t).addAll(out.get(fail[t]));
                queue.add(t);
            }
        }
        outputs = new int[n][];
        for (int s = 0; s < n; s++) {
            outputs[s] = out.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private int step(int state, char c) {
        int k = Arrays.binarySearch(edgeChars[state], c);
        return k >= 0 ? edgeTargets[state][k] : -1;
    }

    void scan(char[] text, HitSink sink) {
        int state = 0;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (!inAlphabet[c]) {
                state = 0;
                continue;
            }
            int next = -1;
            while (state != 0 && (next = step(state, c)) < 0) {
                state = fail[state];
            }
            state = state == 0 ? rootNext[c] : next;
            for (int p : outputs[state]) {
                sink.hit(p, i + 1 - patternLengths[p], i + 1);
            }
        }
    }
}
