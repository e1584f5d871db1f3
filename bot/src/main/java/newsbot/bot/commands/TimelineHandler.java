package newsbot.bot.commands;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.bot.chat.ChatReply;
import newsbot.bot.render.Notice;
import newsbot.core.store.StoreException;
import newsbot.core.timeline.Timeline;
import newsbot.core.timeline.TimelineQuery;
import newsbot.core.timeline.UnknownNameException;

/** /timeline [N months]: the contacts of the last N months (default 6), oldest first, newest last. */
final class TimelineHandler {
    static final int DEFAULT_MONTHS = 6;
    static final int MAX_MONTHS = 120;
    /** "6", "6 months", "1 month", "6m", "6个月", "6 个月". */
    private static final Pattern MONTHS = Pattern.compile("(\\d{1,3})\\s*(?:months?|m|个月|月)?", Pattern.CASE_INSENSITIVE);

    private TimelineHandler() {
    }

    static ChatReply answer(Call call) {
        String arg = call.request().args().strip();
        int months = DEFAULT_MONTHS;
        if (!arg.isEmpty()) {
            Matcher m = MONTHS.matcher(arg);
            months = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            if (months < 1 || months > MAX_MONTHS) {
                return call.replies().notice(Notice.info(call.say(
                        "Usage: /timeline [N months], with N from 1 to " + MAX_MONTHS + " (default " + DEFAULT_MONTHS
                                + "), e.g. /timeline 12 months.",
                        "用法：/timeline [N 个月]，N 为 1 到 " + MAX_MONTHS + "（默认 " + DEFAULT_MONTHS + "），例如 /timeline 12")));
            }
        }
        LocalDate today = LocalDate.now(call.zone());
        TimelineQuery query = TimelineQuery.everything().since(today.minusMonths(months).plusDays(1)).until(today);
        try {
            Timeline timeline = call.digests().timeline(query);
            Optional<ScanProgress> scan = call.control().firstScan();
            if (timeline.entries().isEmpty() && scan.isPresent()) {
                return call.replies().notice(Notice.info(scan.get().describe(call.zh())));
            }
            return call.replies().timeline(timeline, call.digests().topic());
        } catch (StoreException | UnknownNameException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
