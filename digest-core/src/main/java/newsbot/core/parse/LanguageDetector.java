package newsbot.core.parse;

/**
 * "zh", "en" or "und" from a count of Han versus Latin letters. A Chinese text quoting English names
 * stays "zh": one Han character carries about as much as three Latin letters.
 */
final class LanguageDetector {

    private static final int LATIN_LETTERS_PER_HAN = 3;

    String detect(CharSequence text) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    latin++;
                }
            } else if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        if (han == 0 && latin == 0) {
            return "und";
        }
        return han * LATIN_LETTERS_PER_HAN >= latin ? "zh" : "en";
    }
}
