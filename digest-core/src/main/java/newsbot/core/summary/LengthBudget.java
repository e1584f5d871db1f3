package newsbot.core.summary;

import newsbot.core.text.Language;

/**
 * How long a summary may be: Chinese characters (whitespace not counted, punctuation counted:
 * it takes room on a screen) or English words.
 *
 * @param limit the maximum, at least 1
 */
public record LengthBudget(int limit) {

    public static final int DEFAULT_CHINESE_CHARACTERS = 120;
    public static final int DEFAULT_ENGLISH_WORDS = 60;

    public LengthBudget {
        if (limit < 1) {
            throw new IllegalArgumentException("a length budget is at least 1, got " + limit);
        }
    }

    /** 120 characters for "zh", 60 words for "en". */
    public static LengthBudget defaultFor(String language) {
        return new LengthBudget(Language.of(language) == Language.ZH ? DEFAULT_CHINESE_CHARACTERS : DEFAULT_ENGLISH_WORDS);
    }

    /** The length of {@code text} in this budget's unit for {@code language}. */
    public static int measure(String text, String language) {
        return measure(text, Language.of(language));
    }

    static int measure(String text, Language language) {
        if (language == Language.EN) {
            String t = text.strip();
            return t.isEmpty() ? 0 : t.split("\\s+").length;
        }
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000').count();
    }
}
