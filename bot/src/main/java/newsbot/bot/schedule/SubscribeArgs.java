package newsbot.bot.schedule;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.quartz.CronExpression;

/**
 * The arguments of /subscribe: a Quartz cron expression (6 or 7 fields), then optionally a time zone, a language and
 * {@code chart} (the timeline picture after each digest), the last two in either order, e.g.
 * {@code 0 0 8 ? * MON Asia/Shanghai zh chart}. Defaults: UTC, source language, no picture.
 */
record SubscribeArgs(String cron, ZoneId zone, String language, boolean chart) {
    static final String CHART = "chart";
    static final String USAGE = "Usage: /subscribe CRON [ZONE] [zh|en|source] [chart], e.g. /subscribe 0 0 8 ? * MON "
            + "Asia/Shanghai zh chart (cron fields: seconds minutes hours day-of-month month day-of-week; chart: the "
            + "timeline picture after each digest)";
    private static final Set<String> LANGUAGES = Set.of("zh", "en", "source");

    static SubscribeArgs parse(String args) {
        List<String> words = new ArrayList<>(Arrays.asList(args.strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        String language = "source";
        boolean chart = false;
        boolean languageSeen = false;
        while (!words.isEmpty()) { // the trailing language and chart, in either order, each once
            String last = words.get(words.size() - 1).toLowerCase(java.util.Locale.ROOT);
            if (!chart && last.equals(CHART)) {
                chart = true;
            } else if (!languageSeen && LANGUAGES.contains(last)) {
                language = last;
                languageSeen = true;
            } else {
                break;
            }
            words.remove(words.size() - 1);
        }
        ZoneId zone = ZoneId.of("UTC");
        if (words.size() > 6) {
            String last = words.get(words.size() - 1);
            if (last.contains("/") && !last.matches("[0-9*/,-]+") || last.equals("UTC") || last.equals("GMT")) {
                try {
                    zone = ZoneId.of(last);
                    words.remove(words.size() - 1);
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("Unknown time zone \"" + last + "\", e.g. Asia/Shanghai. " + USAGE);
                }
            }
        }
        if (words.size() < 6 || words.size() > 7) {
            throw new IllegalArgumentException(USAGE);
        }
        String cron = String.join(" ", words);
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("Not a valid Quartz cron expression: \"" + cron + "\". " + USAGE);
        }
        return new SubscribeArgs(cron, zone, language, chart);
    }
}
