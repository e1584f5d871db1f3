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
}
