package newsbot.core.delivery;

import java.util.Objects;
import java.util.Optional;

/**
 * A scheduled digest as configured or asked for in a chat: who gets it and when.
 *
 * @param subscriber a stable key chosen by the bot, e.g. "telegram:-1001234"; one watermark and one outbox queue each
 * @param platform   "telegram" or "slack"
 * @param chat       the platform's chat or channel id
 * @param cron       a Quartz cron expression (validated by the caller)
 * @param zone       the time zone id the cron expression is read in
 * @param language   "zh", "en" or "source"
 * @param whenEmpty  "silent" or "notice"
 * @param topic      a topic file of its own, if any
 * @param origin     where it came from: the configuration file or a chat command
 * @param chart      each digest is followed by the timeline picture of the period it covers
 */
public record SubscriptionSpec(String subscriber, String platform, String chat, String cron, String zone,
                               String language, String whenEmpty, Optional<String> topic, Origin origin,
                               boolean chart) {
    public enum Origin { CONFIG, CHAT }

    public SubscriptionSpec {
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(origin, "origin");
        if (!whenEmpty.equals("silent") && !whenEmpty.equals("notice")) {
            throw new IllegalArgumentException("when-empty must be silent or notice, got " + whenEmpty);
        }
        if (!language.equals("zh") && !language.equals("en") && !language.equals("source")) {
            throw new IllegalArgumentException("language must be zh, en or source, got " + language);
        }
    }

    /** A subscription without the timeline picture. */
    public SubscriptionSpec(String subscriber, String platform, String chat, String cron, String zone, String language,
                            String whenEmpty, Optional<String> topic, Origin origin) {
        this(subscriber, platform, chat, cron, zone, language, whenEmpty, topic, origin, false);
    }

    /** Same schedule and content settings (the origin aside). */
    public boolean sameSchedule(SubscriptionSpec o) {
        return cron.equals(o.cron) && zone.equals(o.zone) && language.equals(o.language)
                && whenEmpty.equals(o.whenEmpty) && topic.equals(o.topic) && chart == o.chart;
    }
}
