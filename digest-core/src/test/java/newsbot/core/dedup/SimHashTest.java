package newsbot.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SimHashTest {

    private static String resource(String name) {
        try (InputStream in = SimHashTest.class.getResourceAsStream("/summary/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String QQ = resource("qq-defence-call.txt");
    private static final String RFI = resource("rfi-defence-call.txt");

    @Test
    void aRepublishedTextWithOtherLineBreaksAndPunctuationIsANearDuplicate() {
        String republished = QQ.replace("\n\n", "\n").replace("，", ",").replace("。", ". ").replace("“", "\"").replace("”", "\"");
        assertThat(SimHash.distance(SimHash.of(QQ, "zh"), SimHash.of(republished, "zh"))).isZero();
    }

    @Test
    void aRepublishedTextWithACutTailIsWithinThreeBits() {
        // the copy lost its last paragraph, 57 of 1,798 characters
        String cut = QQ.strip().substring(0, QQ.strip().lastIndexOf("只有美方"));
        assertThat(SimHash.nearDuplicates(SimHash.of(QQ, "zh"), SimHash.of(cut, "zh"))).isTrue();
    }

    @Test
    void aRepublishedTextWithTheLastTenthCutIsWithinThreeBits() {
        assertThat(SimHash.distance(SimHash.of(RFI, "zh"), SimHash.of(RFI.substring(0, RFI.length() * 9 / 10), "zh"))).isLessThanOrEqualTo(3);
    }

    @Test
    void aRepublishedTextWithCreditsAndRelatedLinksAppendedIsWithinThreeBits() {
        String withCredit = QQ + "\n\n编辑 莫凡 流程编辑 马晓双\n\n相关阅读：国防部：中方协助查找美军二战期间在华失踪人员遗骸";
        assertThat(SimHash.distance(SimHash.of(QQ, "zh"), SimHash.of(withCredit, "zh"))).isLessThanOrEqualTo(3);
    }

    @Test
    void twoArticlesOnTheSameEventFromDifferentOutletsAreFarApart() {
        // both report the April 2024 Dong Jun – Austin call, in different words
        assertThat(SimHash.distance(SimHash.of(QQ, "zh"), SimHash.of(RFI, "zh"))).isGreaterThan(10);
    }

    @Test
    void englishUsesWordShinglesAndIgnoresCaseAndPunctuation() {
        String a = "US Defense Secretary Lloyd Austin held a video call with his Chinese counterpart Dong Jun on Tuesday, "
                + "the first substantive talks between the two defence chiefs in 17 months. Austin stressed open military lines.";
        String b = "us defense secretary lloyd austin held a video call with his chinese counterpart dong jun on tuesday "
                + "the first substantive talks between the two defence chiefs in 17 months  austin stressed open military lines";
        String other = "Chinese Defence Minister Dong Jun told Lloyd Austin that Taiwan is the core of China's core interests "
                + "and urged Washington to respect China's claims in the South China Sea during a call on Tuesday.";
        assertThat(SimHash.of(a, "en")).isEqualTo(SimHash.of(b, "en"));
        assertThat(SimHash.distance(SimHash.of(a, "en"), SimHash.of(other, "en"))).isGreaterThan(10);
    }

    @Test
    void shinglesAreCharacterTrigramsOfNormalisedChinese() {
        assertThat(SimHash.characterShingles("中美 防长，通话")).containsExactly("中美防", "美防长", "防长通", "长通话");
        assertThat(SimHash.characterShingles("中美")).containsExactly("中美");
        assertThat(SimHash.wordShingles("Austin met Dong Jun.")).containsExactly("austin met dong", "met dong jun");
    }

    @Test
    void textWithoutLettersHashesToZero() {
        assertThat(SimHash.of("。，！ \n", "zh")).isZero();
    }

    @Test
    void distanceCountsDifferingBits() {
        assertThat(SimHash.distance(0b1011L, 0b0010L)).isEqualTo(2);
        assertThat(SimHash.distance(-1L, 0L)).isEqualTo(64);
    }

    @Test
    void theShingleHashSpreadsNeighbouringInputsOverAllBits() {
        // one character apart; a weak hash would leave most high bits equal
        long a = SimHash.hash("中美防");
        long b = SimHash.hash("中美阳");
        assertThat(SimHash.distance(a, b)).isBetween(20, 44);
    }

    /** The definition: each hash votes +weight for its set bits and -weight for the others; a bit is set when its sum is positive. */
    private static long byDefinition(long[] hashes, double halfWeightAt) {
        long[] votes = new long[64];
        for (int i = 0; i < hashes.length; i++) {
            long weight = Math.round(1_000_000 / (1 + i / halfWeightAt));
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((hashes[i] >>> bit) & 1L) == 1 ? weight : -weight;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    @Test
    void theByteWiseVoteCountGivesTheFingerprintOfTheDefinition() {
        java.util.Random random = new java.util.Random(3);
        String alphabet = "中美两军防长通话会晤国防部董军奥斯汀海上安全磋商机制，。 abcdefghij0123456789";
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 10 ? 5 : 4_000);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertThat(SimHash.of(t, "zh")).as(t).isEqualTo(byDefinition(SimHash.characterShingleHashes(t), 200));
            long[] words = SimHash.wordShingles(t).stream().mapToLong(SimHash::hash).toArray();
            assertThat(SimHash.of(t, "en")).as(t).isEqualTo(byDefinition(words, 60));
        }
        assertThat(SimHash.of(QQ, "zh")).isEqualTo(byDefinition(SimHash.characterShingleHashes(QQ), 200));
    }
}
