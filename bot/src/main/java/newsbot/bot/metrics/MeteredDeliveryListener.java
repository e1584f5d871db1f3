package newsbot.bot.metrics;

import java.time.Duration;
import newsbot.bot.chat.Attempt;
import newsbot.bot.chat.DeliveryListener;
import newsbot.bot.chat.Platform;
import newsbot.bot.chat.SendResult;

/** Counts failed calls and 429 waits, then hands lost chats on to {@code next} (the admin alert). */
public final class MeteredDeliveryListener implements DeliveryListener {
    private final DeliveryListener next;
    private final BotMetrics metrics;

    public MeteredDeliveryListener(DeliveryListener next, BotMetrics metrics) {
        this.next = next;
        this.metrics = metrics;
    }

    @Override
    public void permanentFailure(Platform platform, String chatId, SendResult.PermanentFailure failure) {
        next.permanentFailure(platform, chatId, failure);
    }

    @Override
    public void attemptFailed(Platform platform, Attempt failed) {
        metrics.sendFailed(platform, failed);
        next.attemptFailed(platform, failed);
    }

    @Override
    public void rateLimitWait(Platform platform, Duration wait) {
        metrics.rateLimitWait(platform, wait);
        next.rateLimitWait(platform, wait);
    }
}
