package newsbot.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchEngineTest {

    /** A tiny thesaurus: every name of an entity maps to all its names. */
    static final Thesaurus GAZETTEER = Thesaurus.of(List.of(
            new Concept("Lloyd Austin", Concept.Kind.PERSON, "test", List.of("Lloyd Austin", "Austin", "奥斯汀", "劳埃德·奥斯汀"),
                    List.of()),
            new Concept("Dong Jun", Concept.Kind.PERSON, "test", List.of("Dong Jun", "董军"), List.of()),
            new Concept("Shangri-La Dialogue", Concept.Kind.NAME, "test", List.of("Shangri-La Dialogue", "香格里拉对话", "香会"),
                    List.of())));

    @TempDir
    Path dir;
    TestDb db;
    SearchEngine engine;

    @BeforeEach
    void open() throws SQLException {
        db = new TestDb(dir);
        engine = new SearchEngine(GAZETTEER);
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private List<Long> ids(String text) throws Exception {
        return ids(new SearchQuery(text, 50, 1, false));
    }

    private List<Long> ids(SearchQuery query) throws Exception {
        return engine.search(db.connection(), query).hits().stream().map(SearchHit::articleId).toList();
    }

    @Test
    void twoCharacterNameFindsItsArticleButNotOnesWithLookAlikeWords() throws Exception {
        long dongJun = db.add("国防部长会见外宾", "国防部长董军在北京会见来访的代表团。");
        db.add("历史上的地方势力", "民国时期的督军掌握地方兵权。");
        db.add("公司董事会改选", "该公司董事会今日宣布，董事长将于年底退休。");

        assertThat(ids("董军")).containsExactly(dongJun);
    }

    @Test
    void fangZhangIsFoundInsideALongerRunButNotInGuoFangBuZhang() throws Exception {
        long usDefenseChief = db.add("美国防长访问亚洲", "美国防长抵达新加坡。");
        db.add("国防部长发表讲话", "国防部长在会上发表讲话。");

        assertThat(ids("防长")).containsExactly(usDefenseChief);
    }

    @Test
    void liangJunMatchesTheBigramNotTheCharactersApart() throws Exception {
        long twoMilitaries = db.add("中美关系", "中美两军同意加强沟通。");
        db.add("英雄事迹", "两个军人在洪水中救人。");

        assertThat(ids("两军")).containsExactly(twoMilitaries);
    }

    @Test
    void longChinesePhraseNeedsItsCharactersNextToEachOther() throws Exception {
        long adjacent = db.add("两军恢复沟通", "中美两军同意恢复海上军事安全磋商机制会议。");
        db.add("海上演习", "海上力量举行军事演习，安全部门参与磋商，建立新的机制。");

        assertThat(ids("海上军事安全磋商机制")).containsExactly(adjacent);
    }

    @Test
    void englishIsCaseInsensitiveAndStemmed() throws Exception {
        long talks = db.add("Defense chiefs hold talks", "The two ministers held meetings in Singapore.");
        db.add("Budget news", "The budget office published its numbers.");

        assertThat(ids("TALK")).containsExactly(talks);
        assertThat(ids("meeting")).containsExactly(talks);
        assertThat(ids("Ministers")).containsExactly(talks);
    }

    @Test
    void mixedChineseAndEnglishTermsMustAllMatch() throws Exception {
        long both = db.add("董军 talks with counterparts", "董军 held talks in Beijing.");
        db.add("董军会见外宾", "董军在北京会见代表团。");
        db.add("Trade talks resume", "Negotiators resumed talks.");

        assertThat(ids("董军 talks")).containsExactly(both);
    }

    @Test
    void quotedPhraseMatchesTheWordsInOrderOnly() throws Exception {
        long phrase = db.add("Pentagon update", "Officials met for defense policy coordination talks.");
        db.add("Another update", "The coordination of policy on defense was discussed.");

        assertThat(ids("\"defense policy coordination\"")).containsExactly(phrase);
        assertThat(ids("defense policy coordination")).hasSize(2);
    }

    @Test
    void minusExcludesArticlesWithTheTerm() throws Exception {
        long withoutPentagon = db.add("Trade talks", "Negotiators held talks on tariffs.");
        db.add("Pentagon talks", "The Pentagon held talks with allies.");

        assertThat(ids("talks -Pentagon")).containsExactly(withoutPentagon);
    }

    @Test
    void orFindsEitherTerm() throws Exception {
        long warlord = db.add("历史上的地方势力", "民国时期的督军掌握地方兵权。");
        long board = db.add("公司董事会改选", "该公司董事会今日宣布改选。");
        db.add("天气预报", "明天有雨。");

        assertThat(ids("督军 OR 董事")).containsExactlyInAnyOrder(warlord, board);
    }

    @Test
    void englishNameFindsTheChineseArticleThroughTheGazetteer() throws Exception {
        long chinese = db.add("美国防长访问亚洲", "美国防长奥斯汀抵达新加坡。");

        assertThat(ids("Austin")).containsExactly(chinese);
    }

    @Test
    void multiWordEnglishNameFindsTheChineseName() throws Exception {
        long chinese = db.add("国防部长会见外宾", "国防部长董军在北京会见来访的代表团。");
        db.add("A story about Jun", "Jun Dong is a common pair of words here: Dong, then Jun.");

        assertThat(ids("Dong Jun")).containsExactly(chinese);
    }

    @Test
    void chineseShortNameFindsTheEnglishArticle() throws Exception {
        long english = db.add("Defense chiefs meet in Singapore",
                "Ministers held talks on the sidelines of the Shangri-La Dialogue.");

        assertThat(ids("香会")).containsExactly(english);
    }

    @Test
    void onlyRelevantArticlesByDefaultAndAllWithAllTopics() throws Exception {
        long relevant = db.add("董军会见外宾", "董军在北京会见代表团。");
        long other = db.add(new TestDb.Fixture("董军出席活动", "董军出席体育活动。").notRelevant());

        assertThat(ids("董军")).containsExactly(relevant);
        assertThat(ids(new SearchQuery("董军", 10, 1, true))).containsExactlyInAnyOrder(relevant, other);
    }

    @Test
    void titleHitRanksAboveBodyHit() throws Exception {
        long inTitle = db.add(new TestDb.Fixture("董军会见外宾", "双方就共同关心的问题交换了意见。").at(1_000));
        db.add(new TestDb.Fixture("外宾来访", "双方就共同关心的问题交换了意见，董军出席。").at(2_000));

        assertThat(ids("董军").get(0)).isEqualTo(inTitle);
    }

    @Test
    void newerArticleWinsATie() throws Exception {
        long older = db.add(new TestDb.Fixture("董军会见外宾", "董军在北京会见代表团。").at(1_000));
        long newer = db.add(new TestDb.Fixture("董军会见外宾", "董军在北京会见代表团。").at(2_000));

        assertThat(ids("董军")).containsExactly(newer, older);
    }

    @Test
    void anArticleNamingItsSubjectInTheLeadRanksAboveOneMentioningItInPassing() throws Exception {
        String filler = "双方就地区形势、防务合作以及共同关心的国际问题深入交换了意见，并同意保持各层级的沟通。".repeat(5);
        long about = db.add(new TestDb.Fixture("两国举行会谈", "董军当天在北京会见了来访的代表团。" + filler).at(1_000));
        long passing = db.add(new TestDb.Fixture("地区形势评论", filler + "此前董军曾表示，董军对此持开放态度。").at(2_000));
        for (int i = 0; i < 4; i++) { // articles without the name, so that it is a rare term as in a real corpus
            db.add("其他新闻" + i, filler);
        }

        assertThat(ids("董军")).containsExactly(about, passing);
        assertThat(db.bm25Order("董军")).as("bm25 alone ranks the passing mention first").containsExactly(passing, about);
    }

    @Test
    void pagesAcrossTheRerankedHeadNeitherRepeatNorSkip() throws Exception {
        for (int i = 0; i < SearchEngine.RERANKED + 12; i++) {
            db.add(new TestDb.Fixture("第" + i + "篇", (i % 3 == 0 ? "董军会见代表团。" : "代表团来访。会谈中提到董军。")
                    + "双方交换意见。".repeat(i % 5)).at(1_000L * i));
        }
        List<Long> all = new ArrayList<>();
        for (int page = 1; page <= 9; page++) {
            all.addAll(ids(new SearchQuery("董军", 7, page, false)));
        }

        assertThat(all).hasSize(SearchEngine.RERANKED + 12).doesNotHaveDuplicates();
    }

    @Test
    void pagesSplitTheHitsWithoutRepeats() throws Exception {
        for (int i = 0; i < 25; i++) {
            db.add("第" + i + "篇 董军", "董军会见代表团。");
        }
        SearchResults first = engine.search(db.connection(), new SearchQuery("董军", 10, 1, false));
        SearchResults third = engine.search(db.connection(), new SearchQuery("董军", 10, 3, false));
        List<Long> all = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            all.addAll(ids(new SearchQuery("董军", 10, page, false)));
        }

        assertThat(first.hits()).hasSize(10);
        assertThat(first.hasMore()).isTrue();
        assertThat(third.hits()).hasSize(5);
        assertThat(third.hasMore()).isFalse();
        assertThat(all).hasSize(25).doesNotHaveDuplicates();
    }

    @Test
    void limitIsCappedAtFifty() {
        assertThat(new SearchQuery("x", 500, 1, false).limit()).isEqualTo(50);
        assertThat(new SearchQuery("x", 0, 0, false)).isEqualTo(new SearchQuery("x", 10, 1, false));
    }

    @Test
    void removedArticlesAreNotReturnedEvenWhileStillIndexed() throws Exception {
        long kept = db.add("董军会见外宾", "董军在北京会见代表团。");
        long removed = db.add("董军出席活动", "董军出席活动。");
        db.markRemoved(removed);

        assertThat(ids("董军")).containsExactly(kept);
    }

    @Test
    void removeDropsAnArticleFromTheIndex() throws Exception {
        long gone = db.add("董军会见外宾", "董军在北京会见代表团。");
        db.index().remove(gone);

        assertThat(ids("董军")).isEmpty();
    }

    @Test
    void reindexingReplacesTheOldText() throws Exception {
        long id = db.add("董军会见外宾", "董军在北京会见代表团。");
        db.index().index(id, "天气预报", "明天有雨。");

        assertThat(ids("董军")).isEmpty();
        assertThat(ids("天气")).containsExactly(id);
    }

    @Test
    void anArticleAnalyzedElsewhereIsWrittenLikeAnIndexedOne() throws Exception {
        long id = db.add("天气预报", "明天有雨。");
        IndexEntry entry = db.index().analyze("董军会见外宾", "董军在北京会见代表团。");
        db.index().write(id, entry);

        assertThat(ids("董军")).containsExactly(id);
    }

    @Test
    void rebuildIndexesWhatTheStoreHolds() throws Exception {
        long id = db.add("董军会见外宾", "董军在北京会见代表团。");
        db.index().remove(id);

        assertThat(db.index().rebuild()).isEqualTo(1);
        assertThat(ids("代表团")).containsExactly(id);
    }

    @Test
    void anArticleMatchingInTitleAndBodyAppearsOnce() throws Exception {
        long id = db.add("董军 董军", "董军 董军 董军 talks");

        assertThat(ids("董军 OR talks")).containsExactly(id);
    }

    @Test
    void hitCarriesThePrimaryFilePathAndArticleFields() throws Exception {
        long id = db.add("董军会见外宾", "董军在北京会见代表团。");
        db.addFile(id, "a/copy.md", true);
        db.addFile(id, "b/second.md", false);

        SearchHit hit = engine.search(db.connection(), SearchQuery.of("董军")).hits().get(0);

        assertThat(hit.path()).isEqualTo("articles/" + id + ".md");
        assertThat(hit.title()).isEqualTo("董军会见外宾");
        assertThat(hit.outlet()).isEqualTo("Example News");
        assertThat(hit.url()).isEqualTo("https://example.com/" + id);
        assertThat(hit.published()).hasValueSatisfying(p -> assertThat(p.getYear()).isEqualTo(2024));
        assertThat(hit.score()).isPositive();
    }

    @Test
    void snippetMarksTheMatchedNameButNotTheLookAlike() throws Exception {
        db.add("人物", "民国时期的督军与今天的国防部长董军不可同日而语。");

        Snippet snippet = engine.search(db.connection(), SearchQuery.of("董军")).hits().get(0).snippet();

        assertThat(snippet.plain()).contains("«董军»").doesNotContain("«督军»");
    }

    @Test
    void snippetMarksTheInflectedWordForAStemmedQuery() throws Exception {
        db.add("Defense chiefs meet", "The two ministers held talks in Singapore on Friday.");

        Snippet snippet = engine.search(db.connection(), SearchQuery.of("talk")).hits().get(0).snippet();

        assertThat(snippet.plain()).isEqualTo("The two ministers held «talks» in Singapore on Friday.");
    }

    @Test
    void snippetMarksAliasesFoundInAnotherLanguage() throws Exception {
        db.add("美国防长访问亚洲", "美国防长奥斯汀抵达新加坡。");

        Snippet snippet = engine.search(db.connection(), SearchQuery.of("Austin")).hits().get(0).snippet();

        assertThat(snippet.plain()).isEqualTo("美国防长«奥斯汀»抵达新加坡。");
    }

    @Test
    void chineseSnippetIsAWindowOfAbout120CharactersAroundTheMatch() throws Exception {
        String filler = "今天天气晴朗，市民纷纷外出游玩。".repeat(20);
        db.add("长文", filler + "国防部长董军在北京会见来访的代表团。" + filler);

        Snippet snippet = engine.search(db.connection(), SearchQuery.of("董军")).hits().get(0).snippet();

        assertThat(snippet.text()).startsWith("…").endsWith("…").contains("董军");
        assertThat(snippet.text().length()).isBetween(110, 125);
        assertThat(snippet.highlights()).hasSize(1);
    }

    @Test
    void englishSnippetIsAWindowOfAbout30Words() throws Exception {
        String filler = "the weather was fine and people went out to enjoy the sun. ".repeat(10);
        db.add("Long story", filler + "Ministers held talks in Singapore. " + filler);

        Snippet snippet = engine.search(db.connection(), SearchQuery.of("talks")).hits().get(0).snippet();

        assertThat(snippet.text().replace("…", "").strip().split(" ")).hasSize(30);
        assertThat(snippet.plain()).contains("held «talks» in Singapore");
    }

    @Test
    void snippetPrefersTheWindowWithMostQueryTerms() throws Exception {
        String filler = "今天天气晴朗，市民纷纷外出游玩。".repeat(20);
        db.add("长文", "董军出席活动。" + filler + "董军与奥斯汀通话。" + filler);

        Snippet snippet = engine.search(db.connection(), SearchQuery.of("董军 奥斯汀")).hits().get(0).snippet();

        assertThat(snippet.plain()).contains("«董军»与«奥斯汀»通话");
    }

    @Test
    void blankQueryIsRejectedWithAMessage() {
        assertThatThrownBy(() -> engine.search(db.connection(), SearchQuery.of("   \t ")))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("search for");
    }

    @Test
    void punctuationOnlyQueryIsRejectedWithAMessage() {
        assertThatThrownBy(() -> engine.search(db.connection(), SearchQuery.of("?!… ，。*^:()")))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("Nothing to search for");
    }

    @Test
    void excludeOnlyQueryIsRejectedWithAMessage() {
        assertThatThrownBy(() -> engine.search(db.connection(), SearchQuery.of("-董军 -talks")))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("excluded");
    }

    @Test
    void veryLongQueryIsCutAndSaysSo() throws Exception {
        long id = db.add("董军会见外宾", "董军在北京会见代表团。");

        SearchResults results = engine.search(db.connection(), SearchQuery.of("董军 " + "x".repeat(5_000)));

        assertThat(results.message()).contains("cut to its first 500 characters");
        assertThat(results.hits()).isEmpty();
        assertThat(ids("董军 " + "董军 ".repeat(2_000))).containsExactly(id);
    }

    @Test
    void ftsSyntaxInTheQueryIsSearchedAsText() throws Exception {
        long id = db.add("Troops near border", "Troops moved near border posts, officials said.");

        assertThat(ids("NEAR(border troops)")).containsExactly(id);
        assertThat(ids("border* ^troops :near: (posts")).containsExactly(id);
        assertThat(ids("\"border")).containsExactly(id);
    }

    @Test
    void unquotedEnglishStopWordsAreIgnored() throws Exception {
        long id = db.add("Defense talks", "Ministers held talks.");

        assertThat(ids("the talks of the ministers")).containsExactly(id);
    }
}
