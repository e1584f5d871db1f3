package newsbot.bot.render;

import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

/** Finding the most text that still fits, by bisection: rendered size grows with text length. */
final class Fit {
    private Fit() {
    }

    /** The largest n in [0, max] with fits(n), or -1 when not even 0 fits. */
    static int largest(int max, IntPredicate fits) {
        if (fits.test(max)) {
            return max;
        }
        int low = -1;       // fits (or the sentinel)
        int high = max;     // does not fit
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (mid >= 0 && fits.test(mid)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * Renders raw text, cutting its tail (with "…") until the rendering is at most max units;
     * for notices and help lines, where the text is the only thing that can give.
     */
    static String render(String raw, UnaryOperator<String> render, int max) {
        int n = largest(raw.length(), len -> render.apply(Utf16.truncate(raw, len)).length() <= max);
        if (n < 0) {
            throw new IllegalStateException("even an empty text does not fit in " + max + " characters");
        }
        return render.apply(Utf16.truncate(raw, n));
    }
}
