package newsbot.bot.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import newsbot.bot.app.LiveConfig;
import newsbot.bot.chat.Platform;
import newsbot.bot.commands.BotControl;
import newsbot.bot.commands.ControlReply;
import newsbot.bot.commands.ReloadOutcome;
import newsbot.core.delivery.SubscriptionSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The admin commands of a running bot: reload and status from the live configuration, subscriptions from here. */
public final class ScheduleControl implements BotControl {
    private static final Logger log = LoggerFactory.getLogger(ScheduleControl.class);
    private final LiveConfig live;
    private final Scheduling scheduling;

    public ScheduleControl(LiveConfig live, Scheduling scheduling) {
        this.live = live;
        this.scheduling = scheduling;
    }

    @Override
    public ReloadOutcome reload() {
        return live.reload();
    }

    @Override
    public List<String> statusLines() {
        return live.statusLines();
    }

    @Override
    public Optional<newsbot.bot.commands.ScanProgress> firstScan() {
        return live.firstScan();
    }

    @Override
    public ControlReply subscribe(Platform platform, String chatId, String args) {
        if (platform == Platform.CONSOLE) {
            return new ControlReply(false, "The console cannot receive scheduled digests; subscribe a Telegram chat or Slack channel.");
        }
        SubscribeArgs a;
        try {
            a = SubscribeArgs.parse(args);
        } catch (IllegalArgumentException e) {
            return new ControlReply(false, e.getMessage());
        }
        String p = platform.name().toLowerCase(Locale.ROOT);
        SubscriptionSpec spec = new SubscriptionSpec(p + ":" + chatId, p, chatId, a.cron(), a.zone().getId(),
                a.language(), "silent", Optional.empty(), SubscriptionSpec.Origin.CHAT, a.chart());
        try {
            Optional<Instant> next = scheduling.subscribe(spec);
            log.info("subscribed {}: {} {} {}{}", spec.subscriber(), a.cron(), a.zone(), a.language(),
                    a.chart() ? " chart" : "");
            return new ControlReply(true, "Subscribed: digests here at \"" + a.cron() + "\" (" + a.zone() + "), language "
                    + a.language() + (a.chart() ? ", each followed by the timeline picture" : "") + next.map(n -> "; next at " + n.atZone(a.zone()).toLocalDateTime().withNano(0)).orElse("") + ".");
        } catch (Exception e) {
            log.error("subscribing {} failed", spec.subscriber(), e);
            return new ControlReply(false, "Subscribing failed: " + e.getMessage());
        }
    }

    @Override
    public ControlReply unsubscribe(Platform platform, String chatId) {
        String subscriber = platform.name().toLowerCase(Locale.ROOT) + ":" + chatId;
        try {
            boolean removed = scheduling.unsubscribe(subscriber);
            log.info("unsubscribed {}: {}", subscriber, removed ? "removed" : "there was none");
            return new ControlReply(removed, removed
                    ? "Unsubscribed: no more scheduled digests here. (A subscription from the configuration file comes back at the next /reload unless it is removed there.)"
                    : "This chat has no scheduled digests.");
        } catch (Exception e) {
            log.error("unsubscribing {} failed", subscriber, e);
            return new ControlReply(false, "Unsubscribing failed: " + e.getMessage());
        }
    }
}
