package newsbot.core.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a news text names and resolves them against the article's own date: "2023年12月21日",
 * "12月21日", "21日晚", "昨天", "周四", "上周四", "上月", "8月", "本月晚些时候"; "Dec. 21", "21 December 2023", "yesterday",
 * "on Thursday", "last week", "later this month". A day without a month is the latest such day not after the
 * article (a paper of the 2nd saying "30日" means the 30th of last month); a weekday alone is the latest one not
 * after it; a month-day more than a week ahead is last year's. Stateless.
 */
final class DateResolver {

    /** A date found in a text. */
    record Found(int start, int end, String text, LocalDate date, EventDate.Precision precision) {
    }

    /** Dates later than the article by more than this are not what it reports (a plan, a typo). */
    private static final int MAX_DAYS_AHEAD = 7;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH_NAME = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May"
            + "|June?|July?|Aug(?:ust|\\.)?|Sep(?:t|tember|\\.|t\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final String WEEKDAY_EN = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static final Pattern ZH_FULL = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern ZH_MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern ZH_DAY = Pattern.compile("(?<![\\d月年第])(\\d{1,2})\\s*日(?![前内])");
    private static final Pattern ZH_RELATIVE_DAY = Pattern.compile("(昨天|昨日|昨晚|前天|前日|今天|今日|明天|明日)");
    private static final Pattern ZH_WEEKDAY = Pattern.compile("(上|本|这|下)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天])");
    private static final Pattern ZH_WEEK = Pattern.compile("(上|本|这)(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天末])");
    private static final Pattern ZH_MONTH = Pattern.compile("(上|本|这)(?:个)?月");
    private static final Pattern ZH_NAMED_MONTH = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月(?:份)?(?![\\d日号])");
    private static final Pattern EN_MONTH_DAY = Pattern.compile("\\b" + MONTH_NAME
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH_NAME
            + "\\b(?:,?\\s+(\\d{4}))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_RELATIVE_DAY = Pattern.compile("\\b(yesterday|today|tomorrow)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_WEEKDAY = Pattern.compile("\\b(last|this|next|on)?\\s*" + WEEKDAY_EN + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_PERIOD = Pattern.compile("\\b(last|this|earlier this|later this)\\s+(week|month)\\b",
            Pattern.CASE_INSENSITIVE);

    List<Found> find(String text, LocalDate base) {
        List<Found> found = new ArrayList<>();
        scan(found, ZH_FULL, text, m -> day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
        scan(found, ZH_MONTH_DAY, text, m -> monthDay(base, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        scan(found, ZH_DAY, text, m -> dayOfMonth(base, Integer.parseInt(m.group(1))));
        scan(found, ZH_RELATIVE_DAY, text, m -> new Resolved(base.plusDays(switch (m.group(1).charAt(0)) {
            case '昨' -> -1;
            case '前' -> -2;
            case '明' -> 1;
            default -> 0;
        }), EventDate.Precision.DAY));
        scan(found, ZH_WEEKDAY, text, m -> weekday(base, m.group(1) == null ? "" : m.group(1),
                "一二三四五六日天".indexOf(m.group(2)) % 7 + 1));
        scan(found, ZH_WEEK, text, m -> week(base, m.group(1).equals("上") ? -1 : 0));
        scan(found, ZH_MONTH, text, m -> month(base, m.group(1).equals("上") ? -1 : 0));
        scan(found, ZH_NAMED_MONTH, text, m -> namedMonth(base, Integer.parseInt(m.group(1))));
        scan(found, EN_MONTH_DAY, text, m -> m.group(3) != null
                ? day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)))
                : monthDay(base, month(m.group(1)), Integer.parseInt(m.group(2))));
        scan(found, EN_DAY_MONTH, text, m -> m.group(3) != null
                ? day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)))
                : monthDay(base, month(m.group(2)), Integer.parseInt(m.group(1))));
        scan(found, EN_RELATIVE_DAY, text, m -> new Resolved(base.plusDays(switch (lower(m.group(1))) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        }), EventDate.Precision.DAY));
        scan(found, EN_WEEKDAY, text, m -> weekday(base, englishWeekPrefix(m.group(1)),
                DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)).getValue()));
        scan(found, EN_PERIOD, text, m -> {
            int shift = lower(m.group(1)).equals("last") ? -1 : 0;
            return lower(m.group(2)).equals("week") ? week(base, shift) : month(base, shift);
        });
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private record Resolved(LocalDate date, EventDate.Precision precision) {
    }

    private interface Resolver {
        Resolved resolve(Matcher m);
    }

    /** Adds the matches that overlap nothing found before: the more specific patterns run first. */
    private static void scan(List<Found> found, Pattern p, String text, Resolver resolver) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (found.stream().anyMatch(f -> f.start() < e && s < f.end())) {
                continue;
            }
            Resolved r;
            try {
                r = resolver.resolve(m);
            } catch (java.time.DateTimeException | IllegalArgumentException ex) {
                continue; // "2月30日", "13月": not a date
            }
            if (r != null) {
                found.add(new Found(s, e, text.substring(s, e).strip(), r.date(), r.precision()));
            }
        }
    }

    private static Resolved day(int year, int month, int day) {
        return new Resolved(LocalDate.of(year, month, day), EventDate.Precision.DAY);
    }

    private static Resolved monthDay(LocalDate base, int month, int day) {
        LocalDate d = LocalDate.of(base.getYear(), month, day);
        if (d.isAfter(base.plusDays(MAX_DAYS_AHEAD))) {
            d = d.minusYears(1);
        } else if (d.isBefore(base.minusMonths(11))) {
            d = d.plusYears(1);
        }
        return new Resolved(d, EventDate.Precision.DAY);
    }

    private static Resolved dayOfMonth(LocalDate base, int day) {
        if (day < 1 || day > 31) {
            return null;
        }
        LocalDate month = base.withDayOfMonth(1);
        if (day > base.getDayOfMonth() + 1) {
            month = month.minusMonths(1); // "30日" in a paper of the 2nd
        }
        if (day > month.lengthOfMonth()) {
            return null;
        }
        return new Resolved(month.withDayOfMonth(day), EventDate.Precision.DAY);
    }

    /** @param prefix "上" (last week), "本"/"这" (this week), "下" (next week), or "" (the latest such day) */
    private static Resolved weekday(LocalDate base, String prefix, int isoDay) {
        DayOfWeek dow = DayOfWeek.of(isoDay);
        LocalDate monday = base.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate d = switch (prefix) {
            case "上" -> monday.minusWeeks(1).plusDays(isoDay - 1L);
            case "本", "这" -> monday.plusDays(isoDay - 1L);
            case "下" -> monday.plusWeeks(1).plusDays(isoDay - 1L);
            default -> base.with(TemporalAdjusters.previousOrSame(dow));
        };
        return new Resolved(d, EventDate.Precision.DAY);
    }

    private static Resolved week(LocalDate base, int shift) {
        return new Resolved(base.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift),
                EventDate.Precision.WEEK);
    }

    private static Resolved month(LocalDate base, int shift) {
        return new Resolved(base.withDayOfMonth(1).plusMonths(shift), EventDate.Precision.MONTH);
    }

    /** "8月" in a paper of September: this year's August, or last year's when that is still ahead. */
    private static Resolved namedMonth(LocalDate base, int month) {
        LocalDate d = LocalDate.of(base.getYear(), month, 1);
        return new Resolved(d.isAfter(base) ? d.minusYears(1) : d, EventDate.Precision.MONTH);
    }

    private static String englishWeekPrefix(String word) {
        if (word == null) {
            return "";
        }
        return switch (lower(word)) {
            case "last" -> "上";
            case "this" -> "本";
            case "next" -> "下";
            default -> "";
        };
    }

    private static int month(String name) {
        return MONTHS.get(lower(name).substring(0, 3));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
