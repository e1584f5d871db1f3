package newsbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsbot.core.CoreFixture;
import newsbot.core.source.SourceRule;
import newsbot.core.source.SourceRules;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A digest story as the event model tells it: the event line, each side's words, a headline that is its most
 * representative source (official first when equally central), newest event first and same-day stories by
 * importance.
 */
class DigestEventsTest {
    private static final String READOUT = "mnd/2024/04/17/国防部长董军应约同美国国防部长奥斯汀视频通话.md";
    private static final String REPORT = "news/2024/04/17/中美防长视频通话.md";
    private static final String ONE_SIDED = "mnd/2023/12/21/刘振立与美军参联会主席视频通话.md";
    private static final String SAME_DAY = "news/2023/12/21/美国防部官员谈中美军事沟通.md";

    @TempDir
    Path tmp;
    /** Closed after each test: on PostgreSQL its pool would hold connections until the test JVM ends. */
    @AutoClose
    CoreFixture fx;

    @BeforeEach
    void articles() throws Exception {
        fx = new CoreFixture(tmp);
        fx.write(READOUT, """
                # 国防部长董军应约同美国国防部长奥斯汀视频通话

                4月16日晚，国防部长董军应约同美国国防部长奥斯汀视频通话。

                董军强调，台湾问题是中国核心利益中的核心，中国的核心利益绝不容受损。

                双方还就其他共同关切的问题交换了意见。
                """);
        fx.write(REPORT, """
                # 中美防长视频通话

                中国国防部长董军16日晚应约同美国国防部长奥斯汀视频通话，这是两国防长一年多来首次通话。

                奥斯汀表示，保持两军沟通渠道畅通十分重要，美方将继续在国际法允许的地方飞行和航行。

                分析认为，此次通话显示两军关系有所回暖。
                """);
        fx.write(ONE_SIDED, """
                # 刘振立与美军参联会主席视频通话

                12月21日，中央军委联合参谋部参谋长刘振立应约与美军参联会主席布朗进行视频通话。

                刘振立说，两军应在平等和尊重基础上开展交流合作，共同推动双方关系稳下来、好起来。
                """);
        fx.write(SAME_DAY, """
                # 美国防部官员谈中美军事沟通

                美国国防部一名官员12月21日表示，美方希望与中方恢复更多层级的军事沟通。
                """);
        fx.digests.useSources(new SourceRules(List.of(SourceRule.builder().folder("mnd").outlet("国防部").kind("official").build())));
        fx.ingest();
    }

    private DigestStory storyWith(Digest d, String path) {
        return d.stories().stream().filter(s -> s.sources().stream().anyMatch(x -> x.paths().contains(path)))
                .findFirst().orElseThrow(() -> new AssertionError("no story lists " + path));
    }

    @Test
    void theEventLineComesFromTheEventModelWithTheTopicsNames() throws Exception {
        EventLine line = storyWith(fx.digests.digest(DigestRequest.all("en")), READOUT).event();

        assertThat(line.kind("en")).isEqualTo("Video call");
        assertThat(line.kind("zh")).isEqualTo("视频通话");
        assertThat(line.parties()).extracting(EventLine.Party::side).containsExactly("us", "cn");
        assertThat(line.parties()).extracting(p -> p.name("en")).containsExactly("Lloyd Austin", "Dong Jun");
        assertThat(line.parties()).extracting(p -> p.sideName("zh")).containsExactly("美", "中");
        assertThat(line.date()).contains(LocalDate.of(2024, 4, 16));
    }

    @Test
    void aTwoSidedEventGetsOneAttributedLinePerSide() throws Exception {
        List<Statement> said = storyWith(fx.digests.digest(DigestRequest.all("zh")), READOUT).statements();

        assertThat(said).extracting(Statement::side).containsExactly("us", "cn");
        Statement us = said.get(0);
        assertThat(us.who("en")).isEqualTo("Lloyd Austin");
        assertThat(us.text()).startsWith("保持两军沟通渠道畅通十分重要").doesNotContain("表示");
        assertThat(us.path()).isEqualTo(REPORT);
        Statement cn = said.get(1);
        assertThat(cn.who("zh")).isEqualTo("董军");
        assertThat(cn.text()).startsWith("台湾问题是中国核心利益中的核心");
        assertThat(cn.path()).isEqualTo(READOUT);
    }

    @Test
    void aSideNobodyOfWhichIsQuotedGetsNoLine() throws Exception {
        List<Statement> said = storyWith(fx.digests.digest(DigestRequest.all("zh")), ONE_SIDED).statements();

        assertThat(said).extracting(Statement::side).containsExactly("cn");
        assertThat(said.get(0).who("zh")).isEqualTo("刘振立");
    }

    @Test
    void theHeadlineIsTheTitleOfTheMostRepresentativeSourceOfficialFirstWhenEquallyCentral() throws Exception {
        DigestStory call = storyWith(fx.digests.digest(DigestRequest.all("zh")), READOUT);

        assertThat(call.headline()).isEqualTo("国防部长董军应约同美国国防部长奥斯汀视频通话");
        assertThat(call.sources()).extracting(Source::title).contains(call.headline());
    }

    @Test
    void newestEventFirstAndTheSameDayByImportance() throws Exception {
        Digest d = fx.digests.digest(DigestRequest.all("zh"));

        assertThat(d.stories()).extracting(s -> s.date().orElseThrow()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        int official = d.stories().indexOf(storyWith(d, ONE_SIDED));
        int other = d.stories().indexOf(storyWith(d, SAME_DAY));
        assertThat(d.stories().get(official).date()).isEqualTo(d.stories().get(other).date());
        assertThat(official).as("the story with an official source comes first on its day").isLessThan(other);
        assertThat(fx.digests.latest(10, "zh").stories()).extracting(DigestStory::storyId)
                .as("/latest in the same order").containsExactlyElementsOf(d.stories().stream().map(DigestStory::storyId).toList());
    }
}
