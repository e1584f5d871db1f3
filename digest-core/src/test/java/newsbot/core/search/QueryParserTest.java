package newsbot.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class QueryParserTest {

    private final QueryParser parser = new QueryParser(new TextAnalyzer(), SearchEngineTest.GAZETTEER);

    private String match(String text) throws InvalidQueryException {
        return MatchExpression.of(parser.parse(text));
    }

    @Test
    void twoChineseCharactersAreOneQuotedBigram() throws Exception {
        assertThat(match("防长")).isEqualTo("\"防长\"");
    }

    @Test
    void aChineseRunIsAPhraseOfConsecutiveBigrams() throws Exception {
        assertThat(match("磋商机制")).isEqualTo("\"磋商 商机 机制\"");
    }

    @Test
    void wordsAreAndedAndExclusionsNegated() throws Exception {
        assertThat(match("Talks 防长 -Pentagon")).isEqualTo("(\"talk\" AND \"防长\") NOT (\"pentagon\")");
    }

    @Test
    void orJoinsItsNeighboursIntoOneClause() throws Exception {
        assertThat(match("督军 OR 董事 talks")).isEqualTo("(\"督军\" OR \"董事\") AND \"talk\"");
    }

    @Test
    void aMultiWordNameBecomesAnOrOfAllItsNames() throws Exception {
        assertThat(match("Dong Jun talks")).isEqualTo("(\"dong jun\" OR \"董军\") AND \"talk\"");
    }

    @Test
    void aNameThatContainsAnotherNameOfTheSameEntityIsNotSearchedTwice() throws Exception {
        List<Phrase> names = List.of(new Phrase(List.of("奥斯", "斯汀")), new Phrase(List.of("劳埃", "埃德", "奥斯", "斯汀")),
                new Phrase(List.of("austin")), new Phrase(List.of("lloyd", "austin")), new Phrase(List.of("austin")),
                new Phrase(List.of("奥斯", "斯丁")));

        assertThat(MatchExpression.needed(names)).containsExactly(new Phrase(List.of("奥斯", "斯汀")),
                new Phrase(List.of("austin")), new Phrase(List.of("奥斯", "斯丁")));
    }

    @Test
    void anExcludedNameExcludesAllItsNames() throws Exception {
        assertThat(match("talks -香会")).isEqualTo("(\"talk\") NOT ((\"香会\" OR \"shangri la dialogu\" OR \"香格 格里 里拉 拉对 对话\"))");
    }

    @Test
    void ftsOperatorsAndSyntaxNeverReachTheExpression() throws Exception {
        String expression = match("NEAR(a b) \"x* col:y^ {z}");

        assertThat(expression).isEqualTo("\"near a\" AND \"b\" AND \"x col:i z\"");
    }

    @Test
    void unclosedQuoteRunsToTheEnd() throws Exception {
        assertThat(match("talks \"defense policy")).isEqualTo("\"talk\" AND \"defens polici\"");
    }

    @Test
    void aLoneHanCharacterGetsANote() throws Exception {
        assertThat(parser.parse("军").notes()).anySatisfy(n -> assertThat(n).contains("single Chinese character"));
    }

    @Test
    void manyTermsAreCappedWithANote() throws Exception {
        ParsedQuery query = parser.parse(String.join(" ", IntStream.range(0, 60).mapToObj(i -> "w" + i).toList()));

        assertThat(query.clauses()).hasSize(QueryParser.MAX_CLAUSES);
        assertThat(query.notes()).anySatisfy(n -> assertThat(n).contains("first " + QueryParser.MAX_CLAUSES + " terms"));
    }

    @Test
    void onlyStopWordsAreKeptRatherThanDropped() throws Exception {
        assertThat(match("the")).isEqualTo("\"the\"");
    }

    @Test
    void controlCharactersAreTreatedAsSpaces() throws Exception {
        assertThat(match("防长\u0000talks\u200b")).isEqualTo("\"防长\" AND \"talk\"");
    }

    @Test
    void emojiOnlyIsNothingToSearch() {
        assertThatThrownBy(() -> parser.parse("😀🔥 \uD800"))
                .isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void aliasesThatAnalyzeToNothingAreDropped() throws Exception {
        QueryParser odd = new QueryParser(new TextAnalyzer(), term -> List.of("!!!", "😀", term));

        assertThat(MatchExpression.of(odd.parse("董军"))).isEqualTo("\"董军\"");
    }
}
