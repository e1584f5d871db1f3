package newsbot.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsbot.core.CoreFixture;
import newsbot.core.search.SearchQuery;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One story per event, across outlets and languages; copies folded into one article. */
class EventGroupingTest {
    private static final String SEED_000 = "000_b0f2bc0734108940.txt";
    private static final String SEED_001 = "001_3c66538365dce977.txt";
    private static final String SEED_002 = "002_463d53a6658c2af1.txt";
    private static final String SEED_003 = "003_58f0ce17d408de9a.txt";
    private static final String SEED_004 = "004_6e34d8bb3fe969e6.txt";

    @TempDir
    Path tmp;
    /** Closed after each test: on PostgreSQL its pool would hold connections until the test JVM ends. */
    @AutoClose
    CoreFixture fx;

    @Test
    void rfiAndQqReportsOfTheSameCallFormOneStory() throws Exception {
        fx = new CoreFixture(tmp).withSeeds(CoreFixture.ALL_SEEDS);
        fx.ingest();

        List<Event> stories = fx.digests.stories();

        assertThat(stories).hasSize(4);
        assertThat(storyOf(stories, SEED_003)).isEqualTo(storyOf(stories, SEED_004));
        assertThat(storyOf(stories, SEED_003).outlets()).containsExactlyInAnyOrder("RFI", "腾讯新闻");
        // the call was on the evening of the 16th ("16日晚"), reported on the 17th
        assertThat(storyOf(stories, SEED_003).date().date()).hasToString("2024-04-16");
    }

    @Test
    void theBrownCallAndTheAttacheMeetingAreDifferentStories() throws Exception {
        fx = new CoreFixture(tmp).withSeeds(CoreFixture.ALL_SEEDS);
        fx.ingest();

        List<Event> stories = fx.digests.stories();

        assertThat(storyOf(stories, SEED_001)).isNotEqualTo(storyOf(stories, SEED_002));
        assertThat(storyOf(stories, SEED_000).paths()).containsExactly(SEED_000);
    }

    @Test
    void aStoryKeepsItsIdWhenAnotherOutletJoins() throws Exception {
        fx = new CoreFixture(tmp).withSeeds(SEED_003);
        fx.ingest();
        long before = storyOf(fx.digests.stories(), SEED_003).id();

        fx.withSeeds(SEED_004);
        fx.ingest();

        Event after = storyOf(fx.digests.stories(), SEED_004);
        assertThat(after.id()).isEqualTo(before);
        assertThat(after.paths()).containsExactlyInAnyOrder(SEED_003, SEED_004);
    }

    @Test
    void aMeetingWeeksAfterACallWithTheSamePeopleIsANewStory() throws Exception {
        fx = new CoreFixture(tmp);
        fx.write("2024/04/17/call.md", "# 中美防长视频通话\n\n中国国防部长董军16日晚应约同美国国防部长奥斯汀视频通话，双方就两军关系交换意见。\n");
        fx.write("2024/04/18/call-analysis.md", "# 董军与奥斯汀通话释放了什么信号\n\n分析人士认为，中国国防部长董军与美国国防部长奥斯汀的视频通话表明两军沟通渠道恢复。\n");
        fx.write("2024/05/31/meeting.md", "# 中美防长在香格里拉对话会期间会晤\n\n中国国防部长董军在新加坡会见美国国防部长奥斯汀，双方举行面对面会谈。\n");
        fx.ingest();

        List<Event> stories = fx.digests.stories();

        assertThat(storyOf(stories, "2024/04/17/call.md")).isEqualTo(storyOf(stories, "2024/04/18/call-analysis.md"));
        assertThat(storyOf(stories, "2024/05/31/meeting.md")).isNotEqualTo(storyOf(stories, "2024/04/17/call.md"));
    }

    @Test
    void aBriefingAWeekLaterAboutTheCallJoinsTheCallsStoryWithTheCallsDate() throws Exception {
        fx = new CoreFixture(tmp);
        fx.write("2023-12-21/call.md", "# 刘振立与美军参联会主席视频通话\n\n12月21日，中央军委委员、军委联合参谋部参谋长刘振立"
                + "应约与美军参联会主席布朗进行视频通话。双方就中美两军关系交换意见。\n");
        fx.write("2023-12-28/briefing.md", "# 国防部：中美两军视频通话取得积极的建设性成果\n\n12月28日下午，国防部举行例行记者会。\n\n"
                + "记者：21日，刘振立应约与美军参联会主席布朗进行视频通话。请发言人介绍相关情况。\n\n"
                + "发言人：此次中美两军视频通话取得积极的建设性成果，双方同意保持沟通。\n");
        fx.write("2023-12-28/other.md", "# 国防部：中美举行海上军事安全磋商机制会议\n\n12月28日，中美在夏威夷举行海上军事安全磋商机制会议，"
                + "双方就海空安全问题进行了坦诚交流。\n");
        fx.ingest();

        List<Event> stories = fx.digests.stories();

        Event call = storyOf(stories, "2023-12-21/call.md");
        assertThat(storyOf(stories, "2023-12-28/briefing.md")).isEqualTo(call);
        assertThat(call.date().date()).hasToString("2023-12-21");
        assertThat(call.kind()).isEqualTo("video-call");
        assertThat(call.participants()).extracting(Participant::entityId).contains("liu-zhenli", "charles-brown");
        assertThat(storyOf(stories, "2023-12-28/other.md")).isNotEqualTo(call);
    }

    @Test
    void aCallAndAMeetingOfTheSamePeopleDaysApartAreTwoStories() throws Exception {
        fx = new CoreFixture(tmp);
        fx.write("2024/04/16/call.md", "# 董军同奥斯汀视频通话\n\n国防部长董军16日应约同美国国防部长奥斯汀视频通话，双方就中美两军关系交换意见。\n");
        fx.write("2024/04/19/meeting.md", "# 董军会见奥斯汀\n\n国防部长董军19日在北京会见美国国防部长奥斯汀，双方就中美两军关系举行会谈。\n");
        fx.ingest();

        List<Event> stories = fx.digests.stories();

        assertThat(storyOf(stories, "2024/04/16/call.md")).isNotEqualTo(storyOf(stories, "2024/04/19/meeting.md"));
        assertThat(storyOf(stories, "2024/04/19/meeting.md").kind()).isEqualTo("meeting");
    }

    @Test
    void theSameFilesInAnotherOrderGiveTheSameStories() throws Exception {
        String[][] files = {
                {"a/call.md", "# 中美防长视频通话\n\n中国国防部长董军16日晚应约同美国国防部长奥斯汀视频通话，双方就两军关系交换意见。\n"},
                {"b/analysis.md", "# 董军与奥斯汀通话释放了什么信号\n\n分析人士认为，中国国防部长董军与美国国防部长奥斯汀16日的视频通话表明两军沟通渠道恢复。\n"},
                {"c/mmca.md", "# 中美举行海上军事安全磋商机制工作小组会议\n\n4月3日至4日，中美两军在夏威夷举行海上军事安全磋商机制工作小组会议。\n"},
                {"d/meeting.md", "# 中美防长在香格里拉对话会期间会晤\n\n中国国防部长董军31日在新加坡会见美国国防部长奥斯汀，双方举行面对面会谈。\n"}};
        try (CoreFixture forward = new CoreFixture(tmp.resolve("forward"));
             CoreFixture backward = new CoreFixture(tmp.resolve("backward"))) {
            for (String[] f : files) {
                forward.write("2024/04/17/" + f[0], f[1]);
                forward.ingest(); // one at a time: each ingest regroups what has arrived so far
            }
            for (int i = files.length - 1; i >= 0; i--) {
                backward.write("2024/04/17/" + files[i][0], files[i][1]);
            }
            backward.ingest();

            assertThat(partition(forward.digests.stories())).isEqualTo(partition(backward.digests.stories()));
            assertThat(partition(forward.digests.stories())).contains(
                    java.util.Set.of("2024/04/17/a/call.md", "2024/04/17/b/analysis.md"));
        }
    }

    @Test
    void whenTwoStoriesBecomeOneTheOlderIdSurvivesAndTheOtherResolvesToIt() throws Exception {
        fx = new CoreFixture(tmp);
        String narrow = java.nio.file.Files.readString(CoreFixture.TOPIC).replaceFirst("window_days: 3", "window_days: 1");
        Path narrowTopic = java.nio.file.Files.writeString(tmp.resolve("narrow.yml"), narrow);
        fx.digests.reloadTopic(narrowTopic);
        fx.write("2024/04/16/call.md", "# 董军同奥斯汀视频通话\n\n国防部长董军16日应约同美国国防部长奥斯汀视频通话，双方就中美两军关系交换意见。\n");
        fx.ingest();
        fx.write("2024/04/19/review.md", "# 董军与奥斯汀视频通话释放什么信号\n\n分析人士认为，国防部长董军同美国国防部长奥斯汀视频通话，"
                + "中美两军关系有所回暖。\n");
        fx.ingest();
        long older = storyOf(fx.digests.stories(), "2024/04/16/call.md").id();
        long younger = storyOf(fx.digests.stories(), "2024/04/19/review.md").id();
        assertThat(younger).isNotEqualTo(older);

        fx.digests.reloadTopic(CoreFixture.TOPIC); // three days: the review is about the call
        fx.ingest();

        Event merged = storyOf(fx.digests.stories(), "2024/04/19/review.md");
        assertThat(merged.id()).isEqualTo(older);
        assertThat(merged.paths()).containsExactlyInAnyOrder("2024/04/16/call.md", "2024/04/19/review.md");
        assertThat(fx.digests.story(younger)).map(Event::id).contains(older);
    }

    @Test
    void aNumberedSessionIsOneEventWeeksApartAndTheNextSessionIsAnother() throws Exception {
        fx = new CoreFixture(tmp);
        fx.write("2024/01/10/talks.md", "# 中美举行第17次国防部工作会晤\n\n1月8日至9日，中美第17次国防部工作会晤在华盛顿举行，"
                + "双方就两军关系、海空安全等问题交换意见。\n");
        fx.write("2024/01/25/briefing.md", "# 国防部：中美两军应加强海空安全沟通\n\n1月25日下午，国防部举行例行记者会。\n\n"
                + "记者：中美举行第17次国防部工作会晤上，中方强调美方应约束一线部队。请问有何评论？\n");
        fx.write("2024/09/15/talks.md", "# 中美举行第18次国防部工作会晤\n\n9月12日至13日，中美第18次国防部工作会晤在北京举行。\n");
        fx.ingest();

        List<Event> stories = fx.digests.stories();

        assertThat(storyOf(stories, "2024/01/25/briefing.md")).isEqualTo(storyOf(stories, "2024/01/10/talks.md"));
        assertThat(storyOf(stories, "2024/01/25/briefing.md").members()).anySatisfy(
                m -> assertThat(m.placement()).contains("the same session"));
        assertThat(storyOf(stories, "2024/09/15/talks.md")).isNotEqualTo(storyOf(stories, "2024/01/10/talks.md"));
    }

    @Test
    void aForumsNumberedEditionHostsSeveralEventsNotOneSession() throws Exception {
        fx = new CoreFixture(tmp);
        fx.write("2023/05/29/preview.md", "# 李尚福将出席第20届香格里拉对话会，是否与奥斯汀会面受关注\n\n"
                + "5月29日，国防部宣布，国防部长李尚福将出席第20届香格里拉对话会。美国防长奥斯汀寻求与李尚福会面。\n");
        fx.write("2023/06/04/speech.md", "# 李尚福在第20届香格里拉对话会上谈中美两军沟通\n\n"
                + "6月4日，国防部长李尚福在第20届香格里拉对话会上发言，表示中美两军应加强沟通。\n");
        fx.ingest();

        List<Event> stories = fx.digests.stories();

        assertThat(storyOf(stories, "2023/06/04/speech.md")).isNotEqualTo(storyOf(stories, "2023/05/29/preview.md"));
        assertThat(stories).flatMap(Event::members).noneSatisfy(
                m -> assertThat(m.placement()).contains("the same session"));
    }

    @Test
    void aMeetingThatDidNotHappenIsNotAMeeting() throws Exception {
        fx = new CoreFixture(tmp);
        fx.write("2024/11/21/none.md", "# 中美防长在东盟防长扩大会期间未会晤，国防部回应\n\n"
                + "11月21日，国防部新闻发言人就中美防长未会晤答记者问，表示中美两军沟通的大门是敞开的。\n");
        fx.ingest();

        Event story = storyOf(fx.digests.stories(), "2024/11/21/none.md");

        assertThat(story.kind()).isNotEqualTo("meeting");
    }

    @Test
    void aCallTheLeadCallsAVideoCallIsAVideoCall() throws Exception {
        fx = new CoreFixture(tmp);
        fx.write("2024/04/17/signal.md", "# 17个月来首次，中美防长这通电话释放什么信号\n\n"
                + "4月16日晚，中国国防部长董军应约与美国国防部长奥斯汀视频通话，双方就中美两军关系交换意见。\n");
        fx.ingest();

        assertThat(storyOf(fx.digests.stories(), "2024/04/17/signal.md").kind()).isEqualTo("video-call");
    }

    @Test
    void aStoryWhoseArticlesSayCallAndVideoCallIsAVideoCall() throws Exception {
        fx = new CoreFixture(tmp);
        fx.write("a/2024/04/17/call.md", "# 董军与奥斯汀通话\n\n4月16日，中国国防部长董军与美国国防部长奥斯汀通话。\n");
        fx.write("b/2024/04/17/call.md", "# 中美防长通电话\n\n4月16日，董军与奥斯汀通电话，双方同意保持沟通。\n");
        fx.write("c/2024/04/17/video.md", "# 董军与奥斯汀视频通话\n\n4月16日，中国国防部长董军应约与美国国防部长奥斯汀视频通话。\n");
        fx.ingest();

        Event story = storyOf(fx.digests.stories(), "a/2024/04/17/call.md");
        assertThat(story.paths()).contains("b/2024/04/17/call.md", "c/2024/04/17/video.md");
        assertThat(story.kind()).isEqualTo("video-call");
    }

    @Test
    void ofEquallyProminentPeopleTheOneNamedMoreOftenLeadsTheSide() throws Exception {
        fx = new CoreFixture(tmp).withSeeds(CoreFixture.ALL_SEEDS);
        fx.ingest();

        // the lead names 魏凤和 (the counterpart Austin is to meet) three times, 李屹 (a call in passing) once
        Event preview = storyOf(fx.digests.stories(), SEED_000);
        assertThat(preview.participants()).filteredOn(p -> p.side().equals("cn")).first()
                .extracting(Participant::entityId).isEqualTo("wei-fenghe");
    }

    @Test
    void channelsThatWereCutAndMayResumeAreARestorationNotASuspension() throws Exception {
        fx = new CoreFixture(tmp);
        fx.write("2023/09/28/resume.md", "# 美高官称中美中断的军事联系可能开始恢复，国防部回应\n\n"
                + "9月28日，国防部新闻发言人就美国防部官员称中美两军中断的沟通可能恢复答记者问。\n");
        fx.ingest();

        assertThat(storyOf(fx.digests.stories(), "2023/09/28/resume.md").kind()).isEqualTo("restoration");
    }

    @Test
    void aRescanOfAnUnchangedFolderRegroupsNothing() throws Exception {
        fx = new CoreFixture(tmp).withSeeds(CoreFixture.ALL_SEEDS);
        fx.ingest();

        GroupingReport again = fx.digests.groupStories();

        assertThat(again.regrouped()).isFalse();
        assertThat(again.compared()).isZero();
    }

    @Test
    void everyStoryArticleSaysWhyItIsThere() throws Exception {
        fx = new CoreFixture(tmp).withSeeds(CoreFixture.ALL_SEEDS);
        fx.ingest();

        Event call = storyOf(fx.digests.stories(), SEED_003);

        assertThat(call.members()).allSatisfy(m -> assertThat(m.placement()).isNotBlank());
        assertThat(call.members()).anySatisfy(m -> assertThat(m.placement()).contains("shared participants"));
    }

    @Test
    void aRepublishedCopyWithReformattedTextIsFoldedIntoTheOriginal() throws Exception {
        fx = new CoreFixture(tmp);
        String body = "中国国防部长董军16日晚应约同美国国防部长奥斯汀视频通话。这是中美防长17个月来首次重要沟通，"
                + "也是董军去年12月就任防长以来首次与奥斯汀进行视频通话，被视为中美两军在较低级别接触后，关系进一步回暖的最新举措。"
                + "分析认为，美方应认清中方坚定立场，切实维护地区和平和两军关系稳定。此次两国防长通话，首先是对两国元首重要共识的落实。"
                + "一段时间以来，为落实两国元首重要共识，两军展开多轮互动，不少沟通机制也重新恢复。";
        fx.write("2024/04/17/original.md", "# 17个月来首次重要沟通，中美防长这通电话释放什么信号\n\n" + body + "\n");
        String reformatted = body.replace("，", ", ").replace("。", ". ");
        fx.write("2024/04/18/copy.md", "# 17个月来首次重要沟通 中美防长这通电话释放什么信号？\n\n"
                + reformatted.substring(0, reformatted.length() - 20) + "\n");
        fx.ingest();

        var hits = fx.digests.search(new SearchQuery("视频通话", 10, 1, true)).hits();

        assertThat(hits).hasSize(1);
        assertThat(storyOf(fx.digests.stories(), "2024/04/17/original.md").paths())
                .containsExactlyInAnyOrder("2024/04/17/original.md", "2024/04/18/copy.md");
    }

    @Test
    void offTopicArticlesFormNoStory() throws Exception {
        fx = new CoreFixture(tmp);
        fx.write("2024/04/17/weather.md", "# 北京明天有雨\n\n气象台预计明天北京有中到大雨，请市民注意出行安全。\n");
        fx.ingest();

        assertThat(fx.digests.stories()).isEmpty();
    }

    private static java.util.Set<java.util.Set<String>> partition(List<Event> stories) {
        java.util.Set<java.util.Set<String>> out = new java.util.HashSet<>();
        stories.forEach(s -> out.add(java.util.Set.copyOf(s.paths())));
        return out;
    }

    private static Event storyOf(List<Event> stories, String path) {
        return stories.stream().filter(s -> s.paths().contains(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " is in no story: " + stories));
    }
}
