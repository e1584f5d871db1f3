package newsbot.bot.delivery;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import newsbot.bot.chart.TimelinePicture;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.Format;
import newsbot.bot.render.EmptyDigest;
import newsbot.bot.render.RenderSettings;
import newsbot.bot.render.SlackRenderer;
import newsbot.bot.render.TelegramHtmlRenderer;
import newsbot.core.delivery.DigestRendering;
import newsbot.core.delivery.SubscriptionSpec;
import newsbot.core.digest.Digest;
import newsbot.core.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a subscription's digest for its platform, in its language and zone, as outbox payloads; for a subscription
 * with {@code chart} (configured, or /subscribe … chart), the timeline picture of the period follows as the last part, so it is sent once, after the
 * digest's messages, retried and resumed like them.
 */
public final class DigestParts implements DigestRendering {
    private static final Logger log = LoggerFactory.getLogger(DigestParts.class);

    private final TimelinePicture pictures;

    /** Digests without pictures. */
    public DigestParts() {
        this(null);
    }

    /**
     * @param pictures draws the picture for subscriptions that ask for it ({@link SubscriptionSpec#chart()})
     */
    public DigestParts(TimelinePicture pictures) {
        this.pictures = pictures;
    }

    @Override
    public List<String> render(Digest digest, SubscriptionSpec s) {
        ZoneId zone = ZoneId.of(s.zone());
        RenderSettings settings = s.language().equals("zh") ? RenderSettings.chinese(zone) : RenderSettings.english(zone);
        EmptyDigest whenEmpty = s.whenEmpty().equals("notice") ? EmptyDigest.NOTICE : EmptyDigest.SKIP;
        List<String> parts = new ArrayList<>(switch (s.platform()) {
            case "telegram" -> new TelegramHtmlRenderer(settings).digest(digest, whenEmpty).stream()
                    .map(html -> PartCodec.encode(ChatMessage.of(html, Format.TELEGRAM_HTML))).toList();
            case "slack" -> new SlackRenderer(settings).digest(digest, whenEmpty).stream()
                    .map(m -> PartCodec.encode(ChatMessage.of(m.text(), Format.SLACK_MRKDWN).withSlackBlocks(m.blocks())))
                    .toList();
            default -> throw new IllegalArgumentException("no renderer for platform " + s.platform());
        });
        if (!parts.isEmpty() && pictures != null && s.chart()) {
            try {
                parts.add(PartCodec.encode(pictures.message(digest.since(), digest.until(), zone, s.language(),
                        s.platform())));
            } catch (StoreException | RuntimeException e) { // the digest goes out without its picture, never not at all
                log.warn("digest for {}: no timeline picture ({}); the digest is sent without it", s.subscriber(),
                        e.getMessage());
            }
        }
        return parts;
    }
}
