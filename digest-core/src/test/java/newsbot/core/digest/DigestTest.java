package newsbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import newsbot.core.CoreFixture;
import newsbot.core.store.Database;
import newsbot.core.summary.LengthBudget;
import newsbot.core.summary.Summarizer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest: each event once, with its sources, summarised in the reader's language, only what is new. */
class DigestTest {
    @TempDir
    Path tmp;
    /** Closed after each test: on PostgreSQL its pool would hold connections until the test JVM ends. */
    @AutoClose
    CoreFixture fx;

    @Test
    void seedsGiveFourStoriesNewestEventFirst() throws Exception {
        fx = new CoreFixture(tmp).withSeeds(CoreFixture.ALL_SEEDS);
        fx.ingest();

        Digest d = fx.digests.digest(DigestRequest.all("source"));

        assertThat(d.stories()).hasSize(4);
        assertThat(d.articleCount()).isEqualTo(5);
        assertThat(d.stories()).extracting(s -> s.date().orElseThrow()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        DigestStory call = d.stories().stream().filter(s -> s.sources().size() == 2).findFirst().orElseThrow();
        assertThat(call.sources()).extracting(Source::outlet).containsExactlyInAnyOrder("RFI", "腾讯新闻");
        assertThat(call.date()).map(Object::toString).contains("2024-04-16");
        assertThat(call.summary()).isNotEmpty();
        assertThat(call.why()).isNotBlank();
        assertThat(d.stories()).extracting(DigestStory::storyId).doesNotHaveDuplicates();
    }

    @Test
    void chineseSummariesStayWithinTheBudget() throws Exception {
        fx = new CoreFixture(tmp).withSeeds(CoreFixture.ALL_SEEDS);
        fx.ingest();

        for (DigestStory s : fx.digests.digest(DigestRequest.all("zh")).stories()) {
            assertThat(LengthBudget.measure(String.join("", s.summary()), "zh")).as(s.headline()).isLessThanOrEqualTo(120);
        }
    }

    @Test
    void aBilingualArticleServesEitherLanguage() throws Exception {
        fx = new CoreFixture(tmp).withSeeds("000_b0f2bc0734108940.txt");
        fx.ingest();

        DigestStory en = fx.digests.digest(DigestRequest.all("en")).stories().get(0);
        DigestStory zh = fx.digests.digest(DigestRequest.all("zh")).stories().get(0);

        assertThat(en.headline()).isEqualTo("US defence chief Lloyd Austin to meet Chinese counterpart this month");
        assertThat(String.join(" ", en.summary())).contains("Austin").doesNotContain("奥斯汀");
        assertThat(zh.headline()).contains("奥斯汀");
        assertThat(String.join("", zh.summary())).contains("奥斯汀");
    }

    @Test
    void publishedSinceLeavesOlderStoriesOut() throws Exception {
        fx = new CoreFixture(tmp).withSeeds(CoreFixture.ALL_SEEDS);
        fx.ingest();

        Instant since = Instant.parse("2024-04-01T00:00:00Z");
        Digest d = fx.digests.digest(new DigestRequest(0, Optional.of(since), "source", Optional.of(since)));

        assertThat(d.stories()).hasSize(2);
        assertThat(d.since()).contains(since);
    }

    @Test
    void aGrownStorySaysOnlyWhatIsNew() throws Exception {
        fx = new CoreFixture(tmp).withSeeds("003_58f0ce17d408de9a.txt");
        fx.ingest();
        Digest first;
        Digest second;
        List<String> sent;
        try (Database db = Database.open(fx.digests.database())) { // a second pool, as another process would open
            DigestComposer composer = new DigestComposer(new Summarizer(), () -> newsbot.core.source.SourceRules.NONE,
                    fx.digests::topic);
            try (Connection c = db.connect()) {
                first = composer.compose(c, DigestRequest.all("zh"), story -> List.of(), Instant.now());
            }
            long watermark = fx.digests.status().lastSeq();
            sent = first.stories().get(0).summary();

            fx.withSeeds("004_6e34d8bb3fe969e6.txt");
            fx.ingest();
            try (Connection c = db.connect()) {
                second = composer.compose(c, new DigestRequest(watermark, Optional.empty(), "zh", Optional.empty()),
                        story -> sent, Instant.now());
            }
        }

        assertThat(second.stories()).hasSize(1);
        DigestStory update = second.stories().get(0);
        assertThat(update.storyId()).isEqualTo(first.stories().get(0).storyId());
        assertThat(update.update()).isTrue();
        assertThat(update.summary()).isNotEmpty().doesNotContainAnyElementsOf(sent);
        assertThat(update.sources()).hasSize(2);
        assertThat(second.articleCount()).isEqualTo(1);
    }

    @Test
    void nothingNewGivesAnEmptyDigest() throws Exception {
        fx = new CoreFixture(tmp).withSeeds(CoreFixture.ALL_SEEDS);
        fx.ingest();
        long watermark = fx.digests.status().lastSeq();

        Digest d = fx.digests.digest(new DigestRequest(watermark, Optional.empty(), "source", Optional.empty()));

        assertThat(d.isEmpty()).isTrue();
    }
}
