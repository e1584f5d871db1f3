package newsbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import newsbot.core.ingest.IngestListener;
import newsbot.core.ingest.IngestOptions;
import newsbot.core.search.SearchHit;
import newsbot.core.search.SearchQuery;
import newsbot.core.source.SourceRule;
import newsbot.core.source.SourceRules;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches answered from kept pages never hide what an ingest changed, in this process or another. */
class KeptSearchesTest {
    private static final String CALL = "# 董军与奥斯汀视频通话\n\n国防部长董军应约同美国国防部长奥斯汀视频通话，双方就中美两军关系交换意见。\n";

    @TempDir
    Path tmp;
    /** Closed after each test: on PostgreSQL its pool would hold connections until the test JVM ends. */
    @AutoClose
    CoreFixture fx;

    private static List<String> paths(CoreFixture fx, String query) throws Exception {
        return fx.digests.search(new SearchQuery(query, 10, 1, true)).hits().stream().map(SearchHit::path).toList();
    }

    @Test
    void anArticleAddedOrRemovedByAnIngestIsFoundOrGoneAtTheNextSearch() throws Exception {
        fx = new CoreFixture(tmp).withSeeds(CoreFixture.ALL_SEEDS);
        fx.ingest();
        List<String> before = paths(fx, "奥斯汀");
        assertThat(paths(fx, "奥斯汀")).isEqualTo(before); // kept

        fx.write("call.md", CALL);
        fx.ingest();
        assertThat(paths(fx, "奥斯汀")).contains("call.md").hasSize(before.size() + 1);

        Files.delete(fx.folder.resolve("call.md"));
        fx.ingest();
        assertThat(paths(fx, "奥斯汀")).isEqualTo(before);
    }

    @Test
    void aRemovedOffTopicArticleIsGoneEvenWhenTheScanChangedNothingElse() throws Exception {
        fx = new CoreFixture(tmp); // a fixed clock: every scan records the same time
        fx.write("bbq.md", "# 奥斯汀烧烤节\n\n得克萨斯州奥斯汀市周末举行烧烤节，数万名游客排队品尝牛胸肉。\n");
        fx.write("bbq2.md", "# 烧烤节开幕\n\n堪萨斯城的烧烤节吸引了来自各地的厨师和食客。\n");
        fx.ingest();
        assertThat(paths(fx, "烧烤节")).containsExactlyInAnyOrder("bbq.md", "bbq2.md");

        Files.delete(fx.folder.resolve("bbq.md"));
        fx.ingest();

        assertThat(paths(fx, "烧烤节")).containsExactly("bbq2.md");
    }

    @Test
    void anIngestByAnotherProcessIsSeenToo() throws Exception {
        fx = new CoreFixture(tmp).withSeeds(CoreFixture.ALL_SEEDS);
        fx.ingest();
        List<String> before = paths(fx, "奥斯汀");

        fx.write("call.md", CALL);
        try (Digests other = Digests.open(fx.digests.database(), CoreFixture.TOPIC, Clock.systemUTC())) {
            other.ingest(fx.folder, IngestOptions.defaults(), IngestListener.NONE);
        }

        assertThat(paths(fx, "奥斯汀")).contains("call.md").hasSize(before.size() + 1);
    }

    @Test
    void theWarmUpSearchesTheTopicsNamesOnAnEmptyDatabaseAndAFullOne() throws Exception {
        fx = new CoreFixture(tmp);
        assertThat(fx.digests.warmUpSearch(3)).isEqualTo(3); // a new bot: nothing stored yet, nothing fails

        fx.withSeeds(CoreFixture.ALL_SEEDS).ingest();

        assertThat(fx.digests.warmUpSearch(8)).isEqualTo(8);
    }

    @Test
    void newSourcesRulesNameTheOutletsOfTheNextSearch() throws Exception {
        fx = new CoreFixture(tmp);
        fx.write("call.md", CALL);
        fx.ingest();
        assertThat(fx.digests.search(SearchQuery.of("奥斯汀")).hits()).singleElement()
                .satisfies(h -> assertThat(h.outlet()).isNotEqualTo("测试通讯社"));

        fx.digests.useSources(new SourceRules(List.of(SourceRule.builder().path("call.md").outlet("测试通讯社").build())));

        assertThat(fx.digests.search(SearchQuery.of("奥斯汀")).hits()).singleElement()
                .satisfies(h -> assertThat(h.outlet()).isEqualTo("测试通讯社"));
    }
}
