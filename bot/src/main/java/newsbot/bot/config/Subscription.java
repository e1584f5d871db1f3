package newsbot.bot.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A scheduled digest to one chat or channel.
 *
 * @param platform      "telegram" or "slack"
 * @param chat          Telegram chat id (or @channelname; {@code CHAT/THREAD} for a forum topic) or Slack channel id
 * @param cron          Quartz cron expression, e.g. "0 0 8 * * ?"
 * @param zone          the time zone the cron expression is read in
 * @param language      summary language: "zh", "en" or "source"
 * @param whenEmpty     "silent" (post nothing) or "notice" (a one-line "no new stories since …")
 * @param topic         a topic file other than the default, if any
 * @param chart         follow each digest with the timeline picture of the period it covers
 */
public record Subscription(String platform, String chat, String cron, ZoneId zone, String language, String whenEmpty,
                           Optional<Path> topic, boolean chart) {

    /** A stable key: one watermark and one outbox queue per platform and chat. */
    public String key() {
        return platform + ":" + chat;
    }
}
