package newsbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbot.core.CoreFixture;
import newsbot.core.source.InvalidSourceRuleException;
import newsbot.core.source.SourceKind;
import newsbot.core.source.SourceRule;
import newsbot.core.source.SourceRules;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A digest story lists every one of its articles, each named by the outlet its text, its file or the
 * configuration names (or by none), with its kind and its files; and says when it has only titles
 * or only sources in another language.
 */
class DigestSourcesTest {
    private static final String READOUT = "D-qqtest/2024/04/17/国防部长董军应约同美国国防部长奥斯汀视频通话.md";
    private static final String READOUT_COPY = "D-qqtest2/2024-04-17/国防部长董军应约同美国国防部长奥斯汀视频通话.md";
    private static final String ANALYSIS = "D-qqtest/2024/04/17/中美防长这通电话释放什么信号.md";
    private static final String NOTE = "notes/2024-04-17/防长通话笔记.md";
    private static final String TITLE_ONLY = "D-qqtest/2024/09/10/中美两军举行战区领导通话.md";

    @TempDir
    Path tmp;
    /** Closed after each test: on PostgreSQL its pool would hold connections until the test JVM ends. */
    @AutoClose
    CoreFixture fx;

    @BeforeEach
    void articles() throws Exception {
        fx = new CoreFixture(tmp);
        String readout = """
                # 国防部长董军应约同美国国防部长奥斯汀视频通话

                @国防部发布 微博消息，4月16日晚，国防部长董军应约同美国国防部长奥斯汀视频通话。

                董军说，中美两军应探寻相处之道，构建不冲突不对抗的两军关系。

                董军强调，台湾问题是中国核心利益中的核心。
                """;
        fx.write(READOUT, readout);
        fx.write(READOUT_COPY, readout);
        fx.write(ANALYSIS, """
                # 中美防长这通电话释放什么信号

                中国国防部长董军16日晚应约同美国国防部长奥斯汀视频通话，这是两国防长17个月来首次重要沟通。

                分析认为，此次通话被视为中美两军关系进一步回暖的最新举措。
                """);
        fx.write(NOTE, """
                # 董军与奥斯汀视频通话：笔记

                4月16日晚，中国国防部长董军与美国国防部长奥斯汀举行视频通话，这是两国防长时隔一年多的首次通话。

                双方就中美两军关系和共同关心的问题交换了意见，同意保持沟通。
                """);
        fx.write(TITLE_ONLY, "# 中美两军举行战区领导通话\n\n# 中美两军举行战区领导通话\n");
        fx.ingest();
    }

    private static SourceRule rule(SourceRule.Builder b) throws InvalidSourceRuleException {
        return b.build();
    }

    private DigestStory call(Digest d) {
        return d.stories().stream().filter(s -> s.sources().stream().anyMatch(x -> x.path().equals(READOUT)))
                .findFirst().orElseThrow();
    }

    @Test
    void everyArticleIsListedWithItsFilesCopiesIncluded() throws Exception {
        DigestStory story = call(fx.digests.digest(DigestRequest.all("source")));

        assertThat(story.sources()).extracting(Source::path).containsExactlyInAnyOrder(READOUT, ANALYSIS, NOTE);
        Source readout = story.sources().stream().filter(s -> s.path().equals(READOUT)).findFirst().orElseThrow();
        assertThat(readout.paths()).containsExactlyInAnyOrder(READOUT, READOUT_COPY);
        assertThat(story.sources()).extracting(Source::title).contains(story.headline());
    }

    @Test
    void theBodysAttributionNamesTheOutletWithoutAnyConfiguration() throws Exception {
        DigestStory story = call(fx.digests.digest(DigestRequest.all("source")));

        assertThat(outletOf(story, READOUT)).isEqualTo("国防部发布");
        assertThat(outletOf(story, ANALYSIS)).isEmpty();   // nothing names one: no placeholder
        assertThat(outletOf(story, NOTE)).isEmpty();
        assertThat(story.sources()).extracting(Source::outlet).doesNotContain("unknown outlet");
    }

    @Test
    void theConfigurationsRulesNameFoldersRenameOutletsAndGiveKinds() throws Exception {
        fx.digests.useSources(new SourceRules(List.of(
                rule(SourceRule.builder().names(List.of("国防部发布", "国防部")).outlet("国防部").kind("official")),
                rule(SourceRule.builder().folder("D-qq*").outlet("腾讯新闻")))));

        DigestStory story = call(fx.digests.digest(DigestRequest.all("source")));

        assertThat(outletOf(story, READOUT)).isEqualTo("国防部");
        assertThat(kindOf(story, READOUT)).isEqualTo(SourceKind.OFFICIAL);
        assertThat(outletOf(story, ANALYSIS)).isEqualTo("腾讯新闻");
        assertThat(kindOf(story, ANALYSIS)).isEqualTo(SourceKind.NEWS);
        assertThat(outletOf(story, NOTE)).as("outside the mapped folders").isEmpty();
        assertThat(fx.digests.article(ANALYSIS).orElseThrow().outlet()).as("list shows the same").isEqualTo("腾讯新闻");
    }

    @Test
    void aStoryOfTitlesOnlySaysSo() throws Exception {
        DigestStory story = fx.digests.digest(DigestRequest.all("source")).stories().stream()
                .filter(s -> s.sources().stream().anyMatch(x -> x.path().equals(TITLE_ONLY))).findFirst().orElseThrow();

        assertThat(story.titleOnly()).isTrue();
        assertThat(story.summary()).isEmpty();
        assertThat(call(fx.digests.digest(DigestRequest.all("source"))).titleOnly()).isFalse();
    }

    @Test
    void anEnglishReaderOfChineseOnlySourcesIsToldAndGetsTheChineseSummary() throws Exception {
        DigestStory en = call(fx.digests.digest(DigestRequest.all("en")));
        DigestStory zh = call(fx.digests.digest(DigestRequest.all("zh")));

        assertThat(en.sourcesOnlyIn()).isEqualTo("zh");
        assertThat(en.language()).isEqualTo("zh");
        assertThat(String.join("", en.summary())).contains("董军");
        assertThat(zh.sourcesOnlyIn()).isEmpty();
        assertThat(zh.language()).isEqualTo("zh");
    }

    @Test
    void articlesStoredBeforeOutletsWereReadFromTheirTextGetThemOnReopening() throws Exception {
        newsbot.core.store.DatabaseLocation db = fx.digests.database();
        fx.digests.close();
        try (var d = newsbot.core.store.Database.open(db); var c = d.connect()) {
            c.createStatement().executeUpdate("UPDATE articles SET outlet = '', outlet_basis = 'legacy'");
        }
        try (var reopened = newsbot.core.Digests.open(db, CoreFixture.TOPIC, java.time.Clock.systemUTC())) {
            assertThat(reopened.article(READOUT).orElseThrow().outlet()).isEqualTo("国防部发布");
            assertThat(reopened.article(ANALYSIS).orElseThrow().outlet()).isEmpty();
        }
        db.file().ifPresent(f -> assertThat(Files.exists(f)).isTrue());
    }

    private static String outletOf(DigestStory story, String path) {
        return story.sources().stream().filter(s -> s.path().equals(path)).findFirst().orElseThrow().outlet();
    }

    private static SourceKind kindOf(DigestStory story, String path) {
        return story.sources().stream().filter(s -> s.path().equals(path)).findFirst().orElseThrow().kind();
    }
}
