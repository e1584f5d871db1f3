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

    /** The gazetteer, a glossary's places and a term. */
    private static final Thesaurus WORDS = Thesaurus.of(java.util.stream.Stream.concat(
            SearchEngineTest.GAZETTEER.concepts().stream(), java.util.stream.Stream.of(
                    new Concept("Taiwan", Concept.Kind.PLACE, "test", List.of("Taiwan", "台湾"), List.of()),
                    new Concept("Li Shangfu", Concept.Kind.PERSON, "test", List.of("Li Shangfu", "李尚福"), List.of()),
                    new Concept("hotline", Concept.Kind.NAME, "test", List.of("hotline", "热线", "直通电话"),
                            List.of("客服热线")))).toList());
    private final QueryParser words = new QueryParser(new TextAnalyzer(), WORDS);

    @Test
    void aHyphenatedWordStaysOneWordAlsoWrittenTogether() throws Exception {
        assertThat(match("Indo-Pacific")).isEqualTo("(\"indo pacif\" OR \"indopacif\")");
        assertThat(match("mil-mil talks")).isEqualTo("(\"mil mil\" OR \"milmil\") AND \"talk\"");
    }

    @Test
    void aSlashedWordStaysOneWordAlsoWrittenTogether() throws Exception {
        assertThat(match("POW/MIA")).isEqualTo("(\"pow mia\" OR \"powmia\")");
    }

    @Test
    void aMinusExcludesOnlyAtTheStartOfAWord() throws Exception {
        assertThat(parser.parse("mil-mil").excluded()).isEmpty();
        assertThat(parser.parse("talks -mil").excluded()).hasSize(1);
        assertThat(match("talks - mil")).isEqualTo("\"talk\" AND \"mil\"");
    }

    @Test
    void aTermOfTheGlossaryBecomesAllItsNamesInBothLanguages() throws Exception {
        assertThat(MatchExpression.of(words.parse("hotline"))).isEqualTo("(\"hotlin\" OR \"热线\" OR \"直通 通电 电话\")");
        assertThat(MatchExpression.of(words.parse("热线"))).isEqualTo("(\"热线\" OR \"hotlin\" OR \"直通 通电 电话\")");
    }

    @Test
    void anExcludedNameExcludesItInEveryLanguage() throws Exception {
        assertThat(MatchExpression.of(words.parse("talks -Taiwan"))).isEqualTo("(\"talk\") NOT ((\"taiwan\" OR \"台湾\"))");
    }

    @Test
    void anExcludedMultiWordNameIsExcludedWhole() throws Exception {
        ParsedQuery q = words.parse("talks -Li Shangfu");

        assertThat(q.required()).extracting(Clause::typed).containsExactly("talks");
        assertThat(q.excluded()).extracting(Clause::typed).containsExactly("Li Shangfu");
        assertThat(q.excluded().get(0).alternatives()).contains(new Phrase(List.of("李尚", "尚福")));
    }

    @Test
    void pinyinWithoutSpacesOrWithHyphensNamesThePerson() throws Exception {
        for (String typed : List.of("Dongjun", "Dong-jun", "DǑNG JŪN")) {
            assertThat(MatchExpression.of(words.parse(typed))).as(typed).contains("\"董军\"");
        }
    }

    @Test
    void aMisspelledNameInNoArticleIsSearchedAsTheNameAndSaysSo() throws Exception {
        Clause clause = words.parse("Austen talks").required().get(0);

        assertThat(clause.corrected()).isEqualTo("Austin");
        assertThat(clause.typed()).isEqualTo("Austen");
        assertThat(clause.alternatives()).contains(new Phrase(List.of("奥斯", "斯汀")));
    }

    @Test
    void aMisspellingThatSomeArticleHoldsIsSearchedAsTyped() throws Exception {
        Clause clause = words.parse("Austen", terms -> terms.equals(List.of("austen"))).required().get(0);

        assertThat(clause.corrected()).isEmpty();
        assertThat(clause.alternatives()).containsExactly(new Phrase(List.of("austen")));
    }

    @Test
    void aQuotedMisspellingIsSearchedAsTyped() throws Exception {
        assertThat(words.parse("\"Austen\"").required().get(0).corrected()).isEmpty();
    }

    @Test
    void aChinesePersonsNamesAreGuardedAndFalseFriendsAnalyzed() throws Exception {
        Clause austin = words.parse("Austin").required().get(0);
        Clause hotline = words.parse("hotline").required().get(0);

        assertThat(austin.guarded()).containsExactlyInAnyOrder(new Phrase(List.of("奥斯", "斯汀")),
                new Phrase(List.of("劳埃", "埃德", "奥斯", "斯汀")));
        assertThat(hotline.falseFriends()).containsOnlyKeys(new Phrase(List.of("客服", "服热", "热线")));
        assertThat(hotline.isRisky(new Phrase(List.of("热线")))).isTrue();
        assertThat(hotline.isRisky(new Phrase(List.of("hotlin")))).isFalse();
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
        assertThat(match("talks -香会")).isEqualTo("(\"talk\") NOT ((\"香会\" OR \"shangri la dialogu\" OR \"shangrila dialogu\""
                + " OR \"香格 格里 里拉 拉对 对话\"))");
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
        QueryParser odd = new QueryParser(new TextAnalyzer(), Thesaurus.of(List.of(
                new Concept("odd", Concept.Kind.NAME, "test", List.of("董军", "!!!", "😀"), List.of()))));

        assertThat(MatchExpression.of(odd.parse("董军"))).isEqualTo("\"董军\"");
    }
}
