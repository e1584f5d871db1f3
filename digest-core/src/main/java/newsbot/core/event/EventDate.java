package newsbot.core.event;

import java.time.LocalDate;

/**
 * When an event happened, and how newsbot knows: from a date the text names ("21日", "周四", "on Thursday"),
 * resolved against the article's own date, or else the publication date.
 *
 * @param date      the day; for a week or a month, its first day
 * @param precision how much of {@code date} is known
 * @param source    what it came from, for people: "“21日” in 国防部：中美两军视频通话…" or "published 2023-12-28"
 */
public record EventDate(LocalDate date, Precision precision, String source) {

    public enum Precision { DAY, WEEK, MONTH }

    /** The last day the date can stand for. */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> date;
            case WEEK -> date.plusDays(6);
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
        };
    }

    /** Days between the nearest days the two dates can stand for: 0 when they overlap. */
    public long gapTo(EventDate other) {
        if (other.last().isBefore(date)) {
            return other.last().until(date, java.time.temporal.ChronoUnit.DAYS);
        }
        if (last().isBefore(other.date)) {
            return last().until(other.date, java.time.temporal.ChronoUnit.DAYS);
        }
        return 0;
    }
}
