package newsbot.core.text;

import java.util.regex.Pattern;

/**
 * Whether a word is negated by what stands just before it: "未会晤", "没有通话", "did not meet", "no phone call".
 * Grammar of the two languages, not of a topic: a negated cue of a kind of contact says the contact did not happen.
 */
public final class Negation {
    /** 未/没(有)/无/不/并未/不曾, optionally with 能/曾/有, right before the word. */
    private static final Pattern ZH = Pattern.compile("(?:并未|不曾|未|没有?|无|不)[能曾有]?$");
    /** not/never/no/without/n't, then at most two words ("did not hold a meeting"). */
    private static final Pattern EN = Pattern.compile(
            "(?i)(?:\\bnot|\\bnever|\\bno|\\bwithout|n't)\\s+(?:[a-z]+\\s+){0,2}$");
    private static final int LOOK_BACK = 24;

    private Negation() {
    }

    /** True when the word starting at {@code start} of {@code text} is negated. */
    public static boolean negated(String text, int start) {
        String before = text.substring(Math.max(0, start - LOOK_BACK), start);
        return ZH.matcher(before).find() || EN.matcher(before).find();
    }
}
