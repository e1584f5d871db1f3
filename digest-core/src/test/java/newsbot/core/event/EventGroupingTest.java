package newsbot.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsbot.core.CoreFixture;
import newsbot.core.search.SearchQuery;
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

    @Test
    void rfiAndQqReportsOfTheSameCallFormOneStory() throws Exception {
        CoreFixture fx = new CoreFixture(tmp).withSeeds(CoreFixture.ALL_SEEDS);
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
        CoreFixture fx = new CoreFixture(tmp).withSeeds(CoreFixture.ALL_SEEDS);
        fx.ingest();

        List<Event> stories = fx.digests.stories();

        assertThat(storyOf(stories, SEED_001)).isNotEqualTo(storyOf(stories, SEED_002));
        assertThat(storyOf(stories, SEED_000).paths()).containsExactly(SEED_000);
    }

    @Test
    void aStoryKeepsItsIdWhenAnotherOutletJoins() throws Exception {
        CoreFixture fx = new CoreFixture(tmp).withSeeds(SEED_003);
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
        CoreFixture fx = new CoreFixture(tmp);
        fx.write("2024/04/17/call.md", "# 中美防长视频通话\n\n中国国防部长董军16日晚应约同美国国防部长奥斯汀视频通话，双方就两军关系交换意见。\n");
        fx.write("2024/04/18/call-analysis.md", "# 董军与奥斯汀通话释放了什么信号\n\n分析人士认为，中国国防部长董军与美国国防部长奥斯汀的视频通话表明两军沟通渠道恢复。\n");
        fx.write("2024/05/31/meeting.md", "# 中美防长在香格里拉对话会期间会晤\n\n中国国防部长董军在新加坡会见美国国防部长奥斯汀，双方举行面对面会谈。\n");
        fx.ingest();

        List<Event> stories = fx.digests.stories();

        assertThat(storyOf(stories, "2024/04/17/call.md")).isEqualTo(storyOf(stories, "2024/04/18/call-analysis.md"));
        assertThat(storyOf(stories, "2024/05/31/meeting.md")).isNotEqualTo(storyOf(stories, "2024/04/17/call.md"));
    }

    @Test
    void aRepublishedCopyWithReformattedTextIsFoldedIntoTheOriginal() throws Exception {
        CoreFixture fx = new CoreFixture(tmp);
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
        CoreFixture fx = new CoreFixture(tmp);
        fx.write("2024/04/17/weather.md", "# 北京明天有雨\n\n气象台预计明天北京有中到大雨，请市民注意出行安全。\n");
        fx.ingest();

        assertThat(fx.digests.stories()).isEmpty();
    }

    private static Event storyOf(List<Event> stories, String path) {
        return stories.stream().filter(s -> s.paths().contains(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " is in no story: " + stories));
    }
}
