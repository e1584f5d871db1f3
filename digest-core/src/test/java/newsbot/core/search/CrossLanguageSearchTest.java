package newsbot.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** English words, places and terms find Chinese articles through a glossary; one result per article. */
class CrossLanguageSearchTest {

    private static Concept concept(String label, Concept.Kind kind, List<String> names, String... falseFriends) {
        return new Concept(label, kind, "glossary", names, List.of(falseFriends));
    }

    static final Thesaurus GLOSSARY = Thesaurus.of(Stream.concat(SearchEngineTest.GAZETTEER.concepts().stream(), Stream.of(
            concept("hotline", Concept.Kind.TERM, List.of("hotline", "热线", "直通电话"), "客服热线"),
            concept("Hawaii", Concept.Kind.PLACE, List.of("Hawaii", "夏威夷")),
            concept("Taiwan", Concept.Kind.PLACE, List.of("Taiwan", "台湾")),
            concept("Indo-Pacific", Concept.Kind.PLACE, List.of("Indo-Pacific", "印太")),
            concept("POW/MIA", Concept.Kind.TERM, List.of("POW/MIA", "战俘与失踪人员")),
            concept("video call", Concept.Kind.TERM, List.of("video call", "视频通话")),
            new Concept("Mark Milley", Concept.Kind.PERSON, "topic", List.of("Mark Milley", "Milley", "马克·米利", "米利"),
                    List.of()))).toList());

    @TempDir
    Path dir;
    TestDb db;
    SearchEngine engine;

    @BeforeEach
    void open() throws SQLException {
        db = new TestDb(dir);
        engine = new SearchEngine(GLOSSARY);
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private SearchResults search(String text) throws Exception {
        return engine.search(db.connection(), new SearchQuery(text, 10, 1, true));
    }

    private List<Long> ids(String text) throws Exception {
        return search(text).hits().stream().map(SearchHit::articleId).toList();
    }

    @Test
    void aGlossaryTermFindsItsChineseWords() throws Exception {
        long hotline = db.add("中美讨论建立热线", "双方同意探讨建立军事热线。");
        long direct = db.add("中日开通直通电话", "两国防务部门开通直通电话。");
        db.add("天气预报", "明天有雨。");

        assertThat(ids("hotline")).containsExactlyInAnyOrder(hotline, direct);
    }

    @Test
    void aPlaceFindsItsChineseName() throws Exception {
        long hawaii = db.add("中美在夏威夷举行磋商", "两军工作小组会议在夏威夷举行。");

        assertThat(ids("Hawaii")).containsExactly(hawaii);
        assertThat(ids("hawaii")).containsExactly(hawaii);
    }

    @Test
    void aChineseTermFindsTheEnglishArticle() throws Exception {
        long english = db.add("Defense chiefs hold a video call", "The ministers spoke by video call on Tuesday.");

        assertThat(ids("视频通话")).containsExactly(english);
    }

    @Test
    void aHyphenatedNameFindsItsSpellingsAndItsChineseName() throws Exception {
        long hyphen = db.add("Strategy", "The Indo-Pacific strategy was discussed.");
        long together = db.add("Strategy again", "An IndoPacific review came out.");
        long spaced = db.add("And again", "Indo Pacific allies met.");
        long chinese = db.add("印太战略", "美国推出印太战略。");

        assertThat(ids("Indo-Pacific")).containsExactlyInAnyOrder(hyphen, together, spaced, chinese);
    }

    @Test
    void aSlashedTermFindsItsChineseNameAndItsSpellings() throws Exception {
        long chinese = db.add("中美两军举行查找美军战俘与失踪人员遗骸工作视频会议", "双方就案例调查情况交换意见。");
        long english = db.add("Remains talks", "The POW/MIA accounting talks resumed.");

        assertThat(ids("POW/MIA")).containsExactlyInAnyOrder(chinese, english);
    }

    @Test
    void anEnglishExclusionAlsoExcludesTheChineseName() throws Exception {
        long kept = db.add("中美举行热线磋商", "双方讨论军事热线。");
        db.add("台海热线", "两岸热线与台湾问题。");

        assertThat(ids("hotline -Taiwan")).containsExactly(kept);
    }

    @Test
    void anExclusionLeavesOutEveryCopyOfAnArticleThatHasTheWord() throws Exception {
        long full = db.add("菲律宾船只侵闯仁爱礁", "菲律宾船只当天侵闯仁爱礁海域。");
        long stub = db.add("仁爱礁局势", "仁爱礁局势");
        db.markCopy(stub, full);
        long other = db.add("仁爱礁补给", "中方对补给作出安排。");

        assertThat(ids("仁爱礁 -菲律宾")).containsExactly(other);
    }

    @Test
    void copiesOfAnArticleAreOneResultThatListsTheirFiles() throws Exception {
        long original = db.add("国防部长董军会见外宾", "国防部长董军在北京会见代表团。");
        long copy = db.add("国防部长董军会见外宾", "国防部长董军在北京会见代表团。转载");
        db.markCopy(copy, original);
        db.addFile(original, "mirror/董军.md", true);

        List<SearchHit> hits = search("董军").hits();

        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).articleId()).isEqualTo(original);
        assertThat(hits.get(0).copies()).containsExactly("articles/" + copy + ".md", "mirror/董军.md");
    }

    @Test
    void aCopyStandsForItsArticleWhenOnlyTheCopyMatches() throws Exception {
        long original = db.add("两军会谈", "会谈在北京举行。");
        long copy = db.add("两军会谈", "会谈在北京举行，双方讨论了热线。");
        db.markCopy(copy, original);

        assertThat(ids("热线")).containsExactly(copy);
    }

    @Test
    void eachHitSaysWhichNameFoundIt() throws Exception {
        db.add("中美讨论建立热线", "双方同意探讨建立军事热线，董军出席。");

        SearchHit hit = search("hotline Dong Jun").hits().get(0);

        assertThat(hit.matched()).isEqualTo("hotline: 热线; Dong Jun: 董军");
    }

    @Test
    void aMisspelledNameIsSearchedAsTheKnownNameAndTheResultsSaySo() throws Exception {
        long austin = db.add("美国防长访问亚洲", "美国防长奥斯汀抵达新加坡。");

        SearchResults results = search("Austen");

        assertThat(results.hits()).extracting(SearchHit::articleId).containsExactly(austin);
        assertThat(results.corrections()).containsExactly(new SearchResults.Correction("Austen", "Austin"));
        assertThat(results.hits().get(0).matched()).isEqualTo("Austen → Austin: 奥斯汀");
    }

    @Test
    void aMisspellingThatAnArticleHoldsIsNotCorrected() throws Exception {
        long novel = db.add("Pride and Prejudice", "A novel by Jane Austen.");
        db.add("美国防长访问亚洲", "美国防长奥斯汀抵达新加坡。");

        SearchResults results = search("Austen");

        assertThat(results.corrections()).isEmpty();
        assertThat(results.hits()).extracting(SearchHit::articleId).containsExactly(novel);
    }

    @Test
    void aSearchThatFindsNothingSuggestsTheNearestKnownTerm() throws Exception {
        db.add("中美讨论建立热线", "双方同意探讨建立军事热线。");

        SearchResults results = search("hotlin");

        assertThat(results.hits()).isEmpty();
        assertThat(results.suggestions()).containsExactly("hotline");
    }

    @Test
    void aPagePastTheEndKnowsHowManyPagesThereAre() throws Exception {
        for (int i = 0; i < 13; i++) {
            db.add("第" + i + "篇 董军", "董军会见代表团。");
        }

        SearchResults first = engine.search(db.connection(), new SearchQuery("董军", 10, 1, true));
        SearchResults past = engine.search(db.connection(), new SearchQuery("董军", 10, 9, true));

        assertThat(first.total()).isEqualTo(13);
        assertThat(first.totalIsExact()).isTrue();
        assertThat(past.hits()).isEmpty();
        assertThat(past.pastTheEnd()).isTrue();
        assertThat(past.total()).isEqualTo(13);
        assertThat(past.pages()).isEqualTo(2);
    }

    @Test
    void nearlyEqualScoresPutTheNewerArticleFirst() throws Exception {
        long older = db.add(new TestDb.Fixture("董军会见外宾", "董军在北京会见代表团。双方交换意见。").at(1_000));
        long newer = db.add(new TestDb.Fixture("董军会见外宾", "董军在北京会见代表团，双方交换了意见。").at(2_000));

        assertThat(ids("董军")).containsExactly(newer, older);
    }

    @Test
    void aPersonsChineseNameInsideALongerNameIsNoMatch() throws Exception {
        long milley = db.add("美参联会主席米利发表讲话", "米利表示，美方希望与中方同行通话。");
        db.add("美舰擅闯西沙领海", "美“米利厄斯”号导弹驱逐舰未经中国政府批准闯入。");
        db.add("英国政坛", "戴维·米利班德表示，加沙局势令人担忧。");

        assertThat(ids("Milley")).containsExactly(milley);
    }

    @Test
    void aPersonsAmbiguousNameCountsOnlyWithTheTopicsContextNearItOrHisFullName() throws Exception {
        long office = db.add("美高官抱怨", "美国国防部负责政策的副部长卡尔接受采访时称，中方不接电话。");
        long fullName = db.add("防务政策", "科林·卡尔此前表示，危机沟通十分重要。卡尔说，美方愿意对话。");
        long sportswear = db.add("中超赞助", "对比卡尔美为中甲俱乐部所做的设计，外界多有不满。");
        db.add("欧盟援乌", "匈牙利称乌克兰侵犯了扎卡尔帕蒂亚地区马扎尔族人的权利。");
        db.add("印度探月", "新德里马诺哈尔·帕里卡尔国防研究和分析研究所顾问表示。");

        assertThat(kahlSearch(List.of("卡尔"))).containsExactlyInAnyOrder(office, fullName);
        assertThat(kahlSearch(List.of())).as("without the flag 卡尔 counts alone").contains(sportswear);
    }

    private List<Long> kahlSearch(List<String> needsContext) throws Exception {
        SearchEngine topic = new SearchEngine(Thesaurus.of(List.of(
                new Concept("Colin Kahl", Concept.Kind.PERSON, "topic", List.of("Colin Kahl", "Kahl", "科林·卡尔", "卡尔"),
                        List.of(), needsContext, true),
                new Concept("Pentagon", Concept.Kind.NAME, "topic", List.of("Pentagon", "美国国防部"), List.of(), List.of(),
                        true)), 20));
        return topic.search(db.connection(), new SearchQuery("Kahl", 10, 1, true)).hits().stream()
                .map(SearchHit::articleId).toList();
    }

    @Test
    void aTermInsideItsFalseFriendIsNoMatch() throws Exception {
        long military = db.add("美太空军讨论建立热线", "美军官员称双方讨论建立太空热线。");
        db.add("市民投诉", "市民拨打客服热线投诉。");

        assertThat(ids("hotline")).containsExactly(military);
    }

    @Test
    void inAllTopicsAnOnTopicArticleRanksAboveAnEquallyMatchingOffTopicOne() throws Exception {
        long offTopic = db.add(new TestDb.Fixture("市民热线", "市民拨打热线反映问题。").notRelevant().at(2_000));
        long onTopic = db.add(new TestDb.Fixture("两军热线", "两军讨论建立热线。").at(1_000));

        assertThat(ids("热线")).containsExactly(onTopic, offTopic);
    }

    @Test
    void aTermUsedAmongTheTopicsPeopleAndPlacesRanksAboveTheSameTermInAnotherWorld() throws Exception {
        long military = db.add(new TestDb.Fixture("防长通话", "董军与奥斯汀举行视频通话，双方谈及台湾问题、印太局势和夏威夷的会谈安排。")
                .notRelevant().at(1_000));
        long scam = db.add(new TestDb.Fixture("警方提醒", "有人冒充客服与用户视频通话，骗取钱款。").notRelevant().at(2_000));
        for (int i = 0; i < 4; i++) {
            db.add(new TestDb.Fixture("其他新闻" + i, "本地新闻。").notRelevant());
        }

        assertThat(ids("video call")).containsExactly(military, scam);
        assertThat(db.bm25Order("视频")).as("bm25 alone ranks the shorter scam first").containsExactly(scam, military);
    }
}
