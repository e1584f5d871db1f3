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
            } else if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) {
                han++; // the CJK blocks, checked directly: the script lookup is a binary search
            } else if (c >= 0x00C0 && c <= 0x024F) {
                latin++;
            } else if (Character.isLetter(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.HAN) {
                    han++;
                } else if (script == Character.UnicodeScript.LATIN) {
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
