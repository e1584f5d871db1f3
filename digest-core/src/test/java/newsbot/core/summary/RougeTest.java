package newsbot.core.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RougeTest {

    private static final org.assertj.core.data.Offset<Double> EPS = within(1e-9);

    @Test
    void chineseIsScoredOnCharactersIgnoringPunctuationAndWhitespace() {
        // candidate 中美防长通话。 -> 中 美 防 长 通 话            (6 characters)
        // reference 中美 防长视频通话！ -> 中 美 防 长 视 频 通 话  (8 characters)
        // ROUGE-1: matches 中美防长通话 = 6 -> P = 6/6 = 1, R = 6/8 = 0.75, F = 2·1·0.75/1.75 = 6/7
        // ROUGE-2: candidate bigrams 中美 美防 防长 长通 通话 (5); reference 中美 美防 防长 长视 视频 频通 通话 (7)
        //          matches 中美 美防 防长 通话 = 4 -> P = 4/5, R = 4/7, F = 2·(4/5)(4/7)/((4/5)+(4/7)) = 32/48 = 2/3
        // ROUGE-L: LCS 中美防长通话 = 6 -> same as ROUGE-1: P = 1, R = 0.75, F = 6/7
        RougeScores s = Rouge.score("中美防长通话。", "中美 防长视频通话！", "zh");
        assertThat(s.rouge1().precision()).isCloseTo(1.0, EPS);
        assertThat(s.rouge1().recall()).isCloseTo(0.75, EPS);
        assertThat(s.rouge1().f1()).isCloseTo(6.0 / 7, EPS);
        assertThat(s.rouge2().precision()).isCloseTo(0.8, EPS);
        assertThat(s.rouge2().recall()).isCloseTo(4.0 / 7, EPS);
        assertThat(s.rouge2().f1()).isCloseTo(2.0 / 3, EPS);
        assertThat(s.rougeL().f1()).isCloseTo(6.0 / 7, EPS);
    }

    @Test
    void rougeLRewardsOrderWhereRouge1DoesNot() {
        // candidate 长防美中 (4), reference 中美防长 (4): every character matches -> ROUGE-1 F = 1
        // bigrams 长防 防美 美中 vs 中美 美防 防长: none match -> ROUGE-2 = 0
        // LCS: the strings are reversed, the longest common subsequence has 1 character
        //      -> P = 1/4, R = 1/4, F = 0.25
        RougeScores s = Rouge.score("长防美中", "中美防长", "zh");
        assertThat(s.rouge1().f1()).isCloseTo(1.0, EPS);
        assertThat(s.rouge2().f1()).isCloseTo(0.0, EPS);
        assertThat(s.rougeL().f1()).isCloseTo(0.25, EPS);
    }

    @Test
    void englishIsScoredOnLowerCasedWords() {
        // candidate "Austin met Dong." -> austin met dong (3)
        // reference "Lloyd Austin met Dong Jun" -> lloyd austin met dong jun (5)
        // ROUGE-1: 3 matches -> P = 3/3 = 1, R = 3/5 = 0.6, F = 2·0.6/1.6 = 0.75
        // ROUGE-2: austin·met, met·dong (2) vs lloyd·austin, austin·met, met·dong, dong·jun (4)
        //          2 matches -> P = 1, R = 0.5, F = 2·0.5/1.5 = 2/3
        // ROUGE-L: LCS austin met dong = 3 -> P = 1, R = 0.6, F = 0.75
        RougeScores s = Rouge.score("Austin met Dong.", "Lloyd AUSTIN met Dong Jun", "en");
        assertThat(s.rouge1().precision()).isCloseTo(1.0, EPS);
        assertThat(s.rouge1().recall()).isCloseTo(0.6, EPS);
        assertThat(s.rouge1().f1()).isCloseTo(0.75, EPS);
        assertThat(s.rouge2().f1()).isCloseTo(2.0 / 3, EPS);
        assertThat(s.rougeL().f1()).isCloseTo(0.75, EPS);
    }

    @Test
    void repeatedNgramsAreClippedToTheirCountInTheReference() {
        // candidate 的的的 (3) vs reference 的一 (2): 的 occurs once in the reference -> 1 match
        // ROUGE-1: P = 1/3, R = 1/2, F = 2·(1/3)(1/2)/(5/6) = 0.4
        RougeScores s = Rouge.score("的的的", "的一", "zh");
        assertThat(s.rouge1().precision()).isCloseTo(1.0 / 3, EPS);
        assertThat(s.rouge1().recall()).isCloseTo(0.5, EPS);
        assertThat(s.rouge1().f1()).isCloseTo(0.4, EPS);
    }

    @Test
    void rougeLUsesTheLongestCommonSubsequenceNotSubstring() {
        // candidate 中A美B防 -> 中 a 美 b 防 (5); reference 中美防长 (4)
        // LCS 中美防 = 3 (not contiguous) -> P = 3/5, R = 3/4, F = 2·0.6·0.75/1.35 = 2/3
        assertThat(Rouge.score("中A美B防", "中美防长", "zh").rougeL().f1()).isCloseTo(2.0 / 3, EPS);
    }

    @Test
    void anEmptyCandidateOrReferenceScoresZero() {
        assertThat(Rouge.score("", "中美", "zh").rouge1()).isEqualTo(new RougeScore(0, 0, 0));
        assertThat(Rouge.score("中美", "。", "zh").rougeL()).isEqualTo(new RougeScore(0, 0, 0));
        assertThat(Rouge.score("中", "中", "zh").rouge2()).isEqualTo(new RougeScore(0, 0, 0));
    }

    @Test
    void identicalTextsScoreOne() {
        RougeScores s = Rouge.score("两军关系回暖。", "两军关系回暖", "zh");
        assertThat(s.rouge1().f1()).isCloseTo(1.0, EPS);
        assertThat(s.rouge2().f1()).isCloseTo(1.0, EPS);
        assertThat(s.rougeL().f1()).isCloseTo(1.0, EPS);
    }
}
