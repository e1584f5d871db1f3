package newsbot.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void chineseQuotingEnglishNamesIsChinese() {
        assertThat(detector.detect("美国防长劳埃德·奥斯汀(Lloyd Austin)将于本月与中国 counterpart 会晤")).isEqualTo("zh");
    }

    @Test
    void englishMentioningAChineseNameIsEnglish() {
        assertThat(detector.detect("Defence minister Dong Jun (董军) spoke with Lloyd Austin on Tuesday")).isEqualTo("en");
    }

    @Test
    void digitsAndPunctuationAloneAreUndetermined() {
        assertThat(detector.detect("2024-04-17 — 12:00 … !!!")).isEqualTo("und");
    }
}
