package newsbot.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import newsbot.core.CoreFixture;
import newsbot.core.topic.EventKind;
import newsbot.core.topic.EventLevel;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline as an analyst reads it: contacts oldest first, each with its kind, level, date and sources. */
class TimelineTest {
    @TempDir
    Path tmp;

    /** Closed after each test: on PostgreSQL its pool would hold connections until the test JVM ends. */
    @AutoClose
    private CoreFixture fx;

    @BeforeEach
    void contacts() throws Exception {
        fx = TimelineFixture.fiveContacts(tmp);
    }

    @Test
    void listsContactsOldestFirstWithTheirEventDates() throws Exception {
        Timeline t = fx.digests.timeline(TimelineQuery.everything());

        assertThat(t.entries()).extracting(e -> e.date().date().toString())
                .containsExactly("2023-05-29", "2023-12-21", "2024-04-04", "2024-04-16", "2024-09-10");
        assertThat(t.from()).hasToString("2023-05-29");
        assertThat(t.to()).hasToString("2024-09-10");
    }

    @Test
    void eachContactHasTheTopicsKindAndLevel() throws Exception {
        List<TimelineEntry> e = fx.digests.timeline(TimelineQuery.everything()).entries();

        assertThat(e).extracting(x -> x.kind().map(EventKind::id).orElse("-"))
                // the theatre commanders' "通话" of the title was, its lead says, a "视频通话"
                .containsExactly("refusal", "video-call", "mechanism", "video-call", "video-call");
        assertThat(e).extracting(x -> x.level().map(EventLevel::id).orElse("-"))
                .containsExactly("defence-ministers", "chiefs-of-staff", "working-level", "defence-ministers",
                        "theatre-commanders");
        assertThat(e).extracting(TimelineEntry::breakInContact).containsExactly(true, false, false, false, false);
    }

    @Test
    void participantsAreResolvedBySideAndSourcesListed() throws Exception {
        TimelineEntry call = entryOn("2024-04-16");

        assertThat(call.participants()).extracting(p -> p.entityId() + "/" + p.side())
                .contains("dong-jun/cn", "lloyd-austin/us");
        assertThat(call.sources()).extracting(TimelineEntry.Source::path).containsExactly("2024/04/17/call.md");
        assertThat(call.sources().get(0).title()).isEqualTo("董军同奥斯汀视频通话");
    }

    @Test
    void sinceAndUntilKeepTheContactsOfThePeriodAndNameIt() throws Exception {
        Timeline t = fx.digests.timeline(TimelineQuery.everything()
                .since(LocalDate.parse("2023-12-01")).until(LocalDate.parse("2024-04-10")));

        assertThat(t.entries()).extracting(x -> x.date().date().toString()).containsExactly("2023-12-21", "2024-04-04");
        assertThat(t.from()).hasToString("2023-12-01");
        assertThat(t.to()).hasToString("2024-04-10");
    }

    @Test
    void whoTakesAnEnglishOrAChineseNameOrAPinyinSpelling() throws Exception {
        for (String name : List.of("Dong Jun", "董军", "Dongjun", "dong jun")) {
            Timeline t = fx.digests.timeline(TimelineQuery.everything().who(name));
            assertThat(t.entries()).as(name).extracting(x -> x.date().date().toString()).containsExactly("2024-04-16");
            assertThat(t.who()).isEqualTo("Dong Jun");
        }
        assertThat(fx.digests.timeline(TimelineQuery.everything().who("Lloyd Austin")).entries())
                .extracting(x -> x.date().date().toString()).containsExactly("2023-05-29", "2024-04-16");
    }

    @Test
    void whoTakesAnOfficeAsWhoeverHeldItThen() throws Exception {
        // 中国防长: Li Shangfu in May 2023, Dong Jun in April 2024
        assertThat(fx.digests.timeline(TimelineQuery.everything().who("中国防长")).entries())
                .extracting(x -> x.date().date().toString()).containsExactly("2023-05-29", "2024-04-16");
    }

    @Test
    void whoTakesAMechanismItsTitlesName() throws Exception {
        assertThat(fx.digests.timeline(TimelineQuery.everything().who("MMCA")).entries())
                .extracting(x -> x.date().date().toString()).containsExactly("2024-04-04");
    }

    @Test
    void anUnknownNameIsAClearError() {
        assertThatThrownBy(() -> fx.digests.timeline(TimelineQuery.everything().who("Nobody Atall")))
                .isInstanceOf(UnknownNameException.class).hasMessageContaining("“Nobody Atall”");
    }

    @Test
    void levelsComeFromTheTopicFile() throws Exception {
        // another topic defines its own levels: two of them, ministers and everyone else
        String topic = Files.readString(CoreFixture.TOPIC);
        int start = topic.indexOf("  levels:\n");
        int end = topic.indexOf("\nrules:");
        String two = topic.substring(0, start) + """
                  levels:
                    - id: principals
                      name: {en: Principals, zh: 首长}
                      entities: [us-secdef, cn-defmin, us-cjcs, cn-jsd-chief]
                    - id: staff
                      name: {en: Staff}
                """ + topic.substring(end);
        fx.digests.reloadTopic(Files.writeString(tmp.resolve("two-levels.yml"), two));

        Timeline t = fx.digests.timeline(TimelineQuery.everything());

        assertThat(t.levels()).extracting(EventLevel::id).containsExactly("principals", "staff");
        assertThat(t.entries()).extracting(x -> x.level().map(l -> l.name("zh")).orElse("-"))
                .containsExactly("首长", "首长", "Staff", "首长", "Staff");
    }

    @Test
    void aTopicWithoutLevelsGivesContactsWithoutALevel() throws Exception {
        String topic = Files.readString(CoreFixture.TOPIC);
        String none = topic.substring(0, topic.indexOf("  levels:\n")) + topic.substring(topic.indexOf("\nrules:"));
        fx.digests.reloadTopic(Files.writeString(tmp.resolve("no-levels.yml"), none));

        assertThat(fx.digests.timeline(TimelineQuery.everything()).entries())
                .allSatisfy(e -> assertThat(e.level()).isEqualTo(Optional.empty()));
    }

    private TimelineEntry entryOn(String day) throws Exception {
        return fx.digests.timeline(TimelineQuery.everything()).entries().stream()
                .filter(e -> e.date().date().toString().equals(day)).findFirst().orElseThrow();
    }
}
