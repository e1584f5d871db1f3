package newsbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import newsbot.core.search.SearchQuery;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A changed topic file rescores what is stored, and on-topic search follows the new decisions. */
class TopicChangeTest {
    @TempDir
    Path tmp;
    /** Closed after each test: on PostgreSQL its pool would hold connections until the test JVM ends. */
    @AutoClose
    CoreFixture fx;

    @Test
    void raisingTheThresholdTakesArticlesOutOfOnTopicSearchButNotOutOfAllTopics() throws Exception {
        fx = new CoreFixture(tmp).withSeeds("003_58f0ce17d408de9a.txt");
        fx.ingest();
        assertThat(fx.digests.search(SearchQuery.of("董军")).hits()).hasSize(1);

        String topic = Files.readString(CoreFixture.TOPIC).replaceFirst("(?m)^threshold: .*$", "threshold: 1000");
        Path strict = Files.writeString(tmp.resolve("strict.yml"), topic);
        fx.digests.reloadTopic(strict);
        fx.ingest();

        assertThat(fx.digests.search(SearchQuery.of("董军")).hits()).isEmpty();
        assertThat(fx.digests.search(new SearchQuery("董军", 10, 1, true)).hits()).hasSize(1);
        assertThat(fx.digests.articles().get(0).relevant()).isFalse();

        fx.digests.reloadTopic(CoreFixture.TOPIC);
        fx.ingest();

        assertThat(fx.digests.search(SearchQuery.of("董军")).hits()).hasSize(1);
    }
}
