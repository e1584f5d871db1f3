package newsbot.bot.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.Format;
import newsbot.bot.chat.Picture;
import newsbot.bot.render.TimelineText;
import newsbot.core.Digests;
import newsbot.core.store.StoreException;
import newsbot.core.timeline.Timeline;
import newsbot.core.timeline.TimelineQuery;
import newsbot.core.timeline.UnknownNameException;

/**
 * The timeline picture that follows a subscription's digest: the period the digest covers, and at least its last
 * {@value #MIN_MONTHS} months (a daily digest's one day would be a single bar); the first digest, which covers
 * everything so far, gets the whole timeline. A message whose text is the caption.
 */
public final class TimelinePicture {
    static final int MIN_MONTHS = 6;

    private final Digests digests;

    public TimelinePicture(Digests digests) {
        this.digests = digests;
    }

    /**
     * @param since    the digest's start (the previous digest); empty for "everything so far"
     * @param platform "telegram" or "slack": the caption's markup
     */
    public ChatMessage message(java.util.Optional<Instant> since, Instant until, ZoneId zone, String language,
                               String platform) throws StoreException {
        LocalDate last = LocalDate.ofInstant(until, zone);
        LocalDate first = last.minusMonths(MIN_MONTHS).plusDays(1);
        if (since.isEmpty()) {
            first = LocalDate.MIN;
        } else if (LocalDate.ofInstant(since.get(), zone).isBefore(first)) {
            first = LocalDate.ofInstant(since.get(), zone);
        }
        Timeline timeline;
        try {
            timeline = digests.timeline(TimelineQuery.everything().since(first).until(last));
        } catch (UnknownNameException e) {
            throw new IllegalStateException("a timeline for everyone named someone: " + e.getMessage(), e);
        }
        String lang = language.equals("zh") ? "zh" : "en";
        byte[] png = new TimelineChart(lang).png(timeline, digests.topic().name());
        TimelineText text = TimelineText.of(timeline, digests.topic(), lang);
        Picture picture = new Picture(png, "timeline-" + timeline.from() + "-" + timeline.to() + ".png");
        return platform.equals("slack")
                ? ChatMessage.of(text.slackCaption(), Format.SLACK_MRKDWN).withPicture(picture)
                : ChatMessage.of(text.telegramCaption(), Format.TELEGRAM_HTML).withPicture(picture);
    }
}
