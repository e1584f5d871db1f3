package newsbot.bot.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsbot.core.event.EventDate;
import newsbot.core.event.Participant;
import newsbot.core.timeline.Timeline;
import newsbot.core.timeline.TimelineEntry;
import newsbot.core.topic.EventKind;
import newsbot.core.topic.EventLevel;

/**
 * A made-up year of contacts at two levels with one break, named in English and Chinese: enough for a warm-up
 * picture to touch every part of the real one (bars of each kind, rotated month labels, legend, titles).
 */
final class SampleTimeline {
    private SampleTimeline() {
    }

    static Timeline of() {
        EventLevel senior = new EventLevel("senior", Map.of("en", "Defence ministers", "zh", "防长"), List.of("x"));
        EventLevel other = new EventLevel("other", Map.of("en", "Other officials", "zh", "其他官员"), List.of());
        EventKind call = new EventKind("call", Map.of("en", "Call", "zh", "通话"), Set.of(), false, "");
        EventKind refusal = new EventKind("refusal", Map.of("en", "Refusal", "zh", "拒绝"), Set.of(), false, "");
        LocalDate first = LocalDate.of(2024, 1, 1);
        List<TimelineEntry> entries = new ArrayList<>();
        for (int month = 0; month < 12; month += 2) {
            boolean refused = month == 6;
            entries.add(new TimelineEntry(month, new EventDate(first.plusMonths(month).plusDays(9), EventDate.Precision.DAY,
                    "sample"), Optional.of(refused ? refusal : call), Optional.of(month % 4 == 0 ? senior : other), refused,
                    List.of(new Participant("a", "A", "us", 1), new Participant("b", "B", "cn", 1)), List.of(), "sample"));
        }
        return new Timeline(entries, first, first.plusMonths(12).minusDays(1), "", List.of(senior, other));
    }
}
