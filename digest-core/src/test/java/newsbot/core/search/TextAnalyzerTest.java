package newsbot.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    private List<String> terms(String text) {
        return analyzer.tokens(text).stream().map(Token::term).toList();
    }

    @Test
    void chineseRunsBecomeOverlappingBigrams() {
        assertThat(terms("美国防长")).containsExactly("美国", "国防", "防长");
    }

    @Test
    void anIsolatedHanCharacterStaysAUnigram() {
        assertThat(terms("美 军")).containsExactly("美", "军");
    }

    @Test
    void bigramsDoNotCrossPunctuation() {
        assertThat(terms("董军，奥斯汀")).containsExactly("董军", "奥斯", "斯汀");
    }

    @Test
    void englishIsLowercasedAndStemmed() {
        assertThat(terms("Talks MEETINGS talked")).containsExactly("talk", "meet", "talk");
    }

    @Test
    void numbersAndMixedScriptsAreKept() {
        assertThat(terms("2024年F-16战机")).containsExactly("2024", "年", "f", "16", "战机");
    }

    @Test
    void fullwidthLettersAndDiacriticsAreFolded() {
        assertThat(terms("ＡＢＣ Pérez")).containsExactly("abc", "perez");
    }

    @Test
    void emojiAndPunctuationProduceNothing() {
        assertThat(terms("😀 ?! … ，。")).isEmpty();
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "国防部长董军会见 Lloyd Austin's talks";
        List<Token> tokens = analyzer.tokens(text);

        assertThat(tokens).anySatisfy(t -> {
            assertThat(t.term()).isEqualTo("董军");
            assertThat(text.substring(t.start(), t.end())).isEqualTo("董军");
        });
        assertThat(tokens).anySatisfy(t -> {
            assertThat(t.term()).isEqualTo("talk");
            assertThat(text.substring(t.start(), t.end())).isEqualTo("talks");
        });
    }

    @Test
    void indexTextIsTheTermsJoinedBySpaces() {
        assertThat(analyzer.indexText("董军会见 Talks")).isEqualTo("董军 军会 会见 talk");
    }

    /**
     * The fast path for plain Chinese must give exactly Lucene's tokens, offsets included: random texts
     * of Han characters, punctuation, and characters that would break a naive bigram cutter.
     */
    @Test
    void thePlainChineseFastPathMakesLucenesTokens() {
        String[] pieces = {"董", "军", "奥", "斯", "汀", "国", "防", "部", "长", "㐀", "䶵", "，", "。", "、", "“", "”", "《", "》",
                "（", "）", "：", "；", "！", "？", "—", "…", "·", "・", "\n", " ", "\t", "\u3000", "-", ".", ",", "'", "_",
                "+", "$", "%", "@", "a", "Talks", "5", "２", "Ａ", "カ", "ー", "한", "〇", "々", "豈", "\u200D", "\u0301",
                "ⓐ", "☀", "★", "©", "😀", "𠀀", "〡", "〆", "゠", "\u4DB8", "\u9FF0", "\u066B", "\u05F3", "\u00B2", "\u00AD"};
        java.util.Random random = new java.util.Random(5);
        int fast = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(25);
            // mostly Han and punctuation, so most texts take the fast path
            int alphabet = round % 3 == 0 ? pieces.length : 28;
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(alphabet)]);
            }
            String t = text.toString();
            List<Token> expected = analyzer.luceneTokens(t);
            assertThat(analyzer.tokens(t)).as("%s", t).isEqualTo(expected);
            fast += round % 3 == 0 ? 0 : 1;
        }
        assertThat(fast).isGreaterThan(10_000);
    }

    /** Every char the fast path accepts, alone and between Han characters, analyzes as Lucene does. */
    @Test
    void everyCharTheFastPathAcceptsIsCheckedAgainstLucene() {
        int accepted = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            if (!TextAnalyzer.isPlainChar((char) c)) {
                continue;
            }
            accepted++;
            for (String text : List.of("董" + (char) c + "军国", (char) c + "董", "防长" + (char) c)) {
                assertThat(analyzer.tokens(text)).as("U+%04X in %s", c, text).isEqualTo(analyzer.luceneTokens(text));
            }
        }
        assertThat(accepted).isGreaterThan(20_000);
    }
}
