package newsbot.bot.delivery;

import java.time.ZoneId;
import java.util.List;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.Format;
import newsbot.bot.render.EmptyDigest;
import newsbot.bot.render.RenderSettings;
import newsbot.bot.render.SlackRenderer;
import newsbot.bot.render.TelegramHtmlRenderer;
import newsbot.core.delivery.DigestRendering;
import newsbot.core.delivery.SubscriptionSpec;
import newsbot.core.digest.Digest;

/** Renders a subscription's digest for its platform, in its language and zone, as outbox payloads. */
public final class DigestParts implements DigestRendering {

    @Override
    public List<String> render(Digest digest, SubscriptionSpec s) {
        ZoneId zone = ZoneId.of(s.zone());
        RenderSettings settings = s.language().equals("zh") ? RenderSettings.chinese(zone) : RenderSettings.english(zone);
        EmptyDigest whenEmpty = s.whenEmpty().equals("notice") ? EmptyDigest.NOTICE : EmptyDigest.SKIP;
        return switch (s.platform()) {
            case "telegram" -> new TelegramHtmlRenderer(settings).digest(digest, whenEmpty).stream()
                    .map(html -> PartCodec.encode(ChatMessage.of(html, Format.TELEGRAM_HTML))).toList();
            case "slack" -> new SlackRenderer(settings).digest(digest, whenEmpty).stream()
                    .map(m -> PartCodec.encode(ChatMessage.of(m.text(), Format.SLACK_MRKDWN).withSlackBlocks(m.blocks())))
                    .toList();
            default -> throw new IllegalArgumentException("no renderer for platform " + s.platform());
        };
    }
}
