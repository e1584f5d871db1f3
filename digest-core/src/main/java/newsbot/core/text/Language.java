package newsbot.core.text;

import java.util.Locale;

/** The languages the summariser handles; parsed from the ISO 639-1 codes used across newsbot. */
public enum Language {
    ZH, EN;

    public static Language of(String code) {
        if (code == null) {
            throw new IllegalArgumentException("language is required: \"zh\" or \"en\"");
        }
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "zh" -> ZH;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("unsupported language \"" + code + "\": expected \"zh\" or \"en\"");
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
