package newsbot.bench;

import java.util.Arrays;

/** Medians and percentiles of repeated measurements. */
final class Stats {
    private Stats() {
    }

    static double median(double[] xs) {
        return percentile(xs, 50);
    }

    static double percentile(double[] xs, double p) {
        double[] s = xs.clone();
        Arrays.sort(s);
        if (s.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }
}
