package newsbot.core.timeline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which contacts a timeline shows: events whose date falls in {@code [since, until]} (a month-precise date counts
 * when any of its days does), and, when {@code who} is not blank, only those of that person, office or mechanism,
 * named any way search understands ("Dong Jun", "董军", "Dongjun", "美国防长").
 */
public record TimelineQuery(LocalDate since, LocalDate until, String who) {
    public TimelineQuery {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        who = who == null ? "" : who.strip();
        if (until.isBefore(since)) {
            throw new IllegalArgumentException("the period ends (" + until + ") before it starts (" + since + ")");
        }
    }

    /** Every contact ever recorded. */
    public static TimelineQuery everything() {
        return new TimelineQuery(LocalDate.MIN, LocalDate.MAX, "");
    }

    public TimelineQuery since(LocalDate day) {
        return new TimelineQuery(day, until, who);
    }

    public TimelineQuery until(LocalDate day) {
        return new TimelineQuery(since, day, who);
    }

    public TimelineQuery who(String name) {
        return new TimelineQuery(since, until, name);
    }
}
