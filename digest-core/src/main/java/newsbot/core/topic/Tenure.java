package newsbot.core.topic;

import java.time.LocalDate;

/** A person's time in an office ({@code holds:} in the topic file): the office named on such a date means them. */
record Tenure(int office, LocalDate from, LocalDate until) {
    boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }
}
