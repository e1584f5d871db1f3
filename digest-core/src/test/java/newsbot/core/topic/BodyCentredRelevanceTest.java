package newsbot.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsbot.core.parse.Section;
import org.junit.jupiter.api.Test;

/**
 * Articles whose bodies centre on the military channels count even when the headline names only a summit or a
 * spokesman; a passing mention or a mention in a related-headlines line at the end does not.
 */
class BodyCentredRelevanceTest {
    private final Topic topic = TopicFixtures.shipped();

    @Test
    void aSummitReadoutWhoseLeadIsAboutRestoringTheChannelsIsOnTopic() {
        Relevance r = TopicFixtures.assess(topic, "zh", "外交部发言人就两国元首会晤答记者问",
                "记者问：两国元首会晤达成哪些成果？发言人表示，双方同意在平等和尊重的基础上恢复中美两军高层沟通、"
                        + "中美国防部工作会晤、中美海上军事安全磋商机制会议，开展中美两军战区领导通话。\n\n"
                        + "发言人还就经贸和人文交流问题回答了提问。");

        assertThat(r.relevant()).as(r.reasons().toString()).isTrue();
        assertThat(r.reasons()).noneMatch(s -> s.contains("title names nothing"));
    }

    @Test
    void aSpokesmansAnswerAfterAMechanismsSessionIsOnTopic() {
        Relevance r = TopicFixtures.assess(topic, "zh", "国防部：美方应停止危险挑衅",
                "记者：中美举行国防部工作会晤上，中方强调美方应严格约束一线部队。请问发言人有何评论？\n\n"
                        + "发言人：美军舰机在中国周边进行抵近活动，中国军队依法依规进行处置。");

        assertThat(r.relevant()).as(r.reasons().toString()).isTrue();
    }

    @Test
    void anOffTopicTitleWithAPassingMentionDeepInTheBodyStaysOff() {
        String filler = "当地股市今天小幅上涨，成交量较前一交易日有所放大，分析人士认为市场情绪趋于稳定。".repeat(8);
        Relevance r = TopicFixtures.assess(topic, "zh", "午评：沪指小幅上涨",
                filler + "\n\n此外，中美两军沟通也受到关注。");

        assertThat(r.relevant()).as(r.reasons().toString()).isFalse();
    }

    @Test
    void theTitlePenaltyStillAppliesWhenTheLeadSaysNothingOfTheChannels() {
        Explanation e = topic.explain("午评：沪指小幅上涨", List.of(new Section("zh", "午评：沪指小幅上涨",
                "当地股市今天小幅上涨。分析人士认为市场情绪趋于稳定。")));

        assertThat(e.rules()).extracting(RuleContribution::ruleId).contains("title-off-topic");
        assertThat(e.score()).isEqualTo(e.rules().stream().mapToDouble(RuleContribution::contribution).sum());
        assertThat(e.threshold()).isEqualTo(topic.threshold());
    }

    @Test
    void explainGivesEachRulesWeightAndHowOftenItFired() {
        Explanation e = topic.explain("董军同奥斯汀视频通话", List.of(new Section("zh", "董军同奥斯汀视频通话",
                "国防部长董军应约同美国国防部长奥斯汀视频通话。董军表示，中美两军应加强沟通。奥斯汀表示，双方同意保持沟通。")));

        assertThat(e.relevant()).isTrue();
        RuleContribution title = e.rules().stream().filter(r -> r.ruleId().equals("title-counterparts")).findFirst()
                .orElseThrow();
        assertThat(title.weight()).isEqualTo(5);
        assertThat(title.contribution()).isEqualTo(title.weight() * title.times());
        assertThat(e.rules().get(0).contribution()).isGreaterThanOrEqualTo(e.rules().get(e.rules().size() - 1).contribution());
    }

    @Test
    void aThirdCountrysMinisterUrgingTheTwoMilitariesToTalkIsOnTopic() {
        Relevance r = TopicFixtures.assess(topic, "zh", "某国防长谈地区局势",
                "某国国防部长在论坛闭幕时谈到亚洲局势。他呼吁中美两国保持军事沟通，称两国需要开放的渠道。\n\n"
                        + "他说，确保中美军事沟通渠道畅通，符合地区各国的利益。中美防长此前未能见面，美方称请求被拒绝。\n\n"
                        + "对于中美两军接触一事，国防部发言人此前回应称，对话不能没有原则。");

        assertThat(r.relevant()).as(r.reasons().toString()).isTrue();
        assertThat(r.reasons()).noneMatch(s -> s.contains("title names nothing"));
    }

    @Test
    void theTwoCountriesBesideUsTaiwanMilitaryContactsAreNotTheTwoMilitaries() {
        Explanation e = topic.explain("外交部就美官员访台答问", List.of(new Section("zh", "外交部就美官员访台答问",
                "发言人：我们坚决反对美台官方往来和军事联系。我们敦促美方恪守中美三个联合公报，停止美台军事联系。")));

        assertThat(e.rules()).extracting(RuleContribution::ruleId).doesNotContain("pair-channels", "lead-pair-channels");
    }

    @Test
    void englishNamesThePairOfCountriesToo() {
        Explanation e = topic.explain("Minister warns of Northeast Asia risks", List.of(new Section("en",
                "Minister warns of Northeast Asia risks",
                "The minister urged the US and China to keep military communication open. "
                        + "He said Washington and Beijing need military dialogue to avoid conflict.")));

        assertThat(e.rules()).extracting(RuleContribution::ruleId).contains("lead-pair-channels", "pair-channels")
                .doesNotContain("title-off-topic");
    }
}
