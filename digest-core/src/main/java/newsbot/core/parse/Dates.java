package newsbot.core.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date shapes the formats carry, each with the offset its source implies. */
final class Dates {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** "2024-04-17" or "2024/04/17" with one separator throughout, not inside a longer number. */
    private static final Pattern PATH_DATE =
            Pattern.compile("(?<!\\d)((?:19|20)\\d{2})([-/])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern RFI_DATELINE =
            Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}) - (\\d{1,2}):(\\d{2})");

    /** Shapes with an offset or zone in them. */
    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS][ ]XXX"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS][ ]XX"),
            DateTimeFormatter.RFC_1123_DATE_TIME);
    /** Shapes without: the caller decides the offset. */
    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]"));
    private static final List<DateTimeFormatter> DATE_ONLY = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/MM/dd"));

    private Dates() {
    }

    /**
     * A front-matter or HTML-meta timestamp. An explicit offset is kept as written ("Z" stays UTC);
     * a naive time or a bare date is read at {@code naiveOffset}.
     */
    static Optional<OffsetDateTime> parseTimestamp(String value, ZoneOffset naiveOffset) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > 64) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : ZONED) {
            Optional<TemporalAccessor> t = tryParse(f, v);
            if (t.isPresent() && t.get().isSupported(ChronoField.OFFSET_SECONDS)) {
                return Optional.of(OffsetDateTime.from(t.get()));
            }
        }
        for (DateTimeFormatter f : LOCAL) {
            Optional<TemporalAccessor> t = tryParse(f, v);
            if (t.isPresent()) {
                return Optional.of(LocalDateTime.from(t.get()).atOffset(naiveOffset));
            }
        }
        for (DateTimeFormatter f : DATE_ONLY) {
            Optional<TemporalAccessor> t = tryParse(f, v);
            if (t.isPresent()) {
                return Optional.of(LocalDate.from(t.get()).atStartOfDay().atOffset(naiveOffset));
            }
        }
        return Optional.empty();
    }

    /** A feed's epoch-millis comment, as the local time of {@code zone}. */
    static OffsetDateTime fromEpochMillis(long millis, ZoneId zone) {
        return Instant.ofEpochMilli(millis).atZone(zone).toOffsetDateTime();
    }

    /** RFI's "14/12/2023 - 15:56" dateline, Paris local time. */
    static Optional<OffsetDateTime> rfiDateline(String text) {
        Matcher m = RFI_DATELINE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            return Optional.of(local.atZone(PARIS).toOffsetDateTime());
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first plausible calendar date in a path or URL, at midnight in China (these sources are Chinese). */
    static Optional<OffsetDateTime> inPath(String path) {
        Matcher m = PATH_DATE.matcher(path);
        while (m.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)));
                return Optional.of(date.atStartOfDay().atOffset(CHINA));
            } catch (java.time.DateTimeException e) {
                // "2024/13/45" is no date; look further along
            }
        }
        return Optional.empty();
    }

    private static Optional<TemporalAccessor> tryParse(DateTimeFormatter f, String v) {
        try {
            return Optional.of(f.parse(v));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
