package newsbot.bot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsbot.core.event.EventDate;
import newsbot.core.event.Participant;
import newsbot.core.timeline.Timeline;
import newsbot.core.timeline.TimelineEntry;
import newsbot.core.topic.Topic;
import org.junit.jupiter.api.Test;

/** The text timeline in chats: within each platform's limits, split only between contacts, nothing lost. */
class TimelineRenderingTest {
    private static final Topic TOPIC = topic();

    private static Topic topic() {
        try {
            return Topic.load(Path.of("..", "config", "topics", "us-china-military.yml"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timeline contacts(int n) {
        List<TimelineEntry> entries = new ArrayList<>();
        LocalDate day = LocalDate.parse("2024-01-01");
        for (int i = 0; i < n; i++) {
            entries.add(new TimelineEntry(i + 1, new EventDate(day.plusDays(i), EventDate.Precision.DAY, "test"),
                    TOPIC.eventKinds().stream().filter(k -> k.id().equals("call")).findFirst(),
                    Optional.of(TOPIC.eventLevels().get(0)), false,
                    List.of(new Participant("lloyd-austin", "Lloyd Austin", "us", 1),
                            new Participant("dong-jun", "Dong Jun", "cn", 1)),
                    List.of(new TimelineEntry.Source("a.md", Optional.empty(), "t")),
                    "中美防长通话 <b>& “quoted”</b> " + "很长的标题".repeat(8)));
        }
        return new Timeline(entries, day, day.plusDays(n), "", TOPIC.eventLevels());
    }

    @Test
    void aFewContactsAreOneTelegramMessageWithTheHeaderFirst() {
        List<String> parts = TimelineText.of(contacts(12), TOPIC, "en").telegram();

        assertThat(parts).hasSize(1);
        assertThat(parts.get(0)).startsWith("<b>Timeline of contacts · 2024-01-01 – 2024-01-13 · 12 contacts</b>")
                .contains("&lt;b&gt;&amp;").doesNotContain("<b>&");
    }

    @Test
    void manyContactsSplitBetweenContactsWithinTelegramsLimitLosingNone() {
        TimelineText text = TimelineText.of(contacts(120), TOPIC, "en");

        List<String> parts = text.telegram();

        assertThat(parts.size()).isGreaterThan(1);
        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
        int lines = 0;
        for (String p : parts) {
            for (String block : p.split("\n\n")) {
                assertThat(block).matches("(?s)(<b>Timeline.*</b>|\\d{4}-\\d{2}-\\d{2}  Call · .*story \\d+\n  .+)");
                lines += block.startsWith("<b>") ? 0 : 1;
            }
        }
        assertThat(lines).isEqualTo(120);
    }

    @Test
    void slackMessagesKeepEachSectionWithinSlacksLimits() {
        List<SlackMessage> messages = TimelineText.of(contacts(300), TOPIC, "zh").slack();

        assertThat(messages).allSatisfy(m -> {
            assertThat(m.blocks().size()).isLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS);
            assertThat(m.text().length()).isLessThanOrEqualTo(SlackRenderer.MAX_FALLBACK_LENGTH);
        });
        String all = String.join("\n", messages.stream().map(SlackMessage::text).toList());
        assertThat(all).contains("接触时间线 · 2024-01-01").contains("通话 · 防长 · 劳埃德·奥斯汀（美） – 董军（中）")
                .contains("事件 300").contains("&lt;b&gt;");
    }
}
