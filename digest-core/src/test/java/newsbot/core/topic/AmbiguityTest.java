package newsbot.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ambiguous aliases count only with context; look-alikes never count. */
class AmbiguityTest {
    private final Topic topic = TopicFixtures.shipped();

    @Test
    void austinTexasAloneNamesNoEntity() {
        Relevance r = TopicFixtures.assess(topic, "en", "Austin approves budget",
                "The city of Austin held a meeting on Tuesday and the council talked about roads.");
        assertThat(r.entityIds()).isEmpty();
        assertThat(r.relevant()).isFalse();
    }

    @Test
    void austinCommaTexasIsBlockedEvenNearDefenceWords() {
        Relevance r = TopicFixtures.assess(topic, "en", "Army base near Austin, Texas",
                "The Army said the base near Austin, Texas will host a military meeting.");
        assertThat(r.entityIds()).doesNotContain("lloyd-austin");
    }

    @Test
    void austinNearADefenceWordIsTheSecretary() {
        Relevance r = TopicFixtures.assess(topic, "en", "Austin speaks",
                "Austin told reporters the military must keep talking.");
        assertThat(r.entityIds()).containsExactly("lloyd-austin");
    }

    @Test
    void austinWithAnotherTopicEntityIsTheSecretary() {
        Relevance r = TopicFixtures.assess(topic, "zh", "奥斯汀与董军通话", "奥斯汀当天与董军通话。");
        assertThat(r.entityIds()).contains("lloyd-austin", "dong-jun");
    }

    @Test
    void brownTheBasketballPlayerIsNotTheGeneral() {
        Relevance r = TopicFixtures.assess(topic, "en", "Brown scores 40",
                "Brown said the team talked at halftime and will meet Miami next.");
        assertThat(r.entityIds()).isEmpty();
        Relevance zh = TopicFixtures.assess(topic, "zh", "布朗砍下40分", "布朗赛后表示，球队进行了沟通。");
        assertThat(zh.entityIds()).isEmpty();
    }

    @Test
    void brownInANameOfSomethingElseIsBlocked() {
        assertThat(topic.gazetteer().find("布朗族茶农和布朗大学的学者")).isEmpty();
        assertThat(topic.gazetteer().find("Jaylen Brown and Brown University")).isEmpty();
    }

    @Test
    void generalBrownWithTheJointChiefsIsTheChairman() {
        Relevance r = TopicFixtures.assess(topic, "zh", "布朗通话", "美军参联会主席布朗与刘振立视频通话。");
        assertThat(r.entityIds()).contains("charles-brown", "liu-zhenli", "us-cjcs");
    }

    @Test
    void boardNewsDoesNotMatchDongJun() {
        assertThat(topic.gazetteer().find("董事会召开会议，董事长与督军府旧址的古董军刀")).isEmpty();
    }

    @Test
    void englishAliasesNeedWordBoundaries() {
        assertThat(topic.gazetteer().find("The PLAN and Pentagonal shapes; Austinite")).isEmpty();
        assertThat(topic.gazetteer().find("the PLA, the Pentagon")).extracting(EntityMatch::entityId)
                .containsExactly("pla", "pentagon");
    }

    @Test
    void chineseNextToEnglishStillMatches() {
        assertThat(topic.gazetteer().find("美军与PLA会谈")).extracting(EntityMatch::entityId)
                .containsExactly("us-military", "pla");
    }

    @Test
    void fullWidthAndDotVariantsMatch() {
        assertThat(topic.gazetteer().find("劳埃德•奥斯汀与ＬＬＯＹＤ　ＡＵＳＴＩＮ")).extracting(EntityMatch::entityId)
                .containsOnly("lloyd-austin").hasSize(2);
    }

    @Test
    void aPassingMentionInATaiwanStoryIsNotEnough() {
        Relevance r = TopicFixtures.assess(topic, "zh", "解放军在台岛周边展开联合演训",
                "东部战区组织联合演训，检验部队实战能力。专家表示，台海局势紧张。"
                        + "有分析称，中美两军沟通渠道仍然有限。演训持续三天。");
        assertThat(r.relevant()).isFalse();
        assertThat(r.score()).isPositive();
    }
}
