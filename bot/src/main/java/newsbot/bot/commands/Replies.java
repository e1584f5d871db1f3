package newsbot.bot.commands;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import newsbot.bot.chat.Button;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.ChatReply;
import newsbot.bot.chat.Format;
import newsbot.bot.chat.Platform;
import newsbot.bot.render.CommandHelp;
import newsbot.bot.render.EmptyDigest;
import newsbot.bot.render.Notice;
import newsbot.bot.render.PlainTextRenderer;
import newsbot.bot.render.RenderSettings;
import newsbot.bot.render.SearchResultView;
import newsbot.bot.render.SlackMessage;
import newsbot.bot.render.SlackRenderer;
import newsbot.bot.render.TelegramHtmlRenderer;
import newsbot.bot.render.TimelineText;
import newsbot.core.timeline.Timeline;
import newsbot.core.topic.Topic;
import newsbot.core.digest.Digest;

/** Turns results into one platform's messages, through that platform's renderer (escaping, limits, splitting). */
final class Replies {
    private final Platform platform;
    private final RenderSettings settings;
    private final String language;

    Replies(Platform platform, String language, ZoneId zone) {
        this.platform = platform;
        this.language = language;
        this.settings = language.equals("zh") ? RenderSettings.chinese(zone) : RenderSettings.english(zone);
    }

    ChatReply digest(Digest digest) {
        return switch (platform) {
            case TELEGRAM -> telegram(new TelegramHtmlRenderer(settings).digest(digest, EmptyDigest.NOTICE), List.of());
            case SLACK -> slack(new SlackRenderer(settings).digest(digest, EmptyDigest.NOTICE), List.of());
            case CONSOLE -> ChatReply.plain(new PlainTextRenderer(settings).digest(digest, EmptyDigest.NOTICE));
        };
    }

    ChatReply search(SearchResultView view, List<Button> buttons) {
        return switch (platform) {
            case TELEGRAM -> telegram(new TelegramHtmlRenderer(settings).search(view), buttons);
            case SLACK -> slack(new SlackRenderer(settings).search(view), buttons);
            case CONSOLE -> ChatReply.plain(new PlainTextRenderer(settings).search(view));
        };
    }

    ChatReply timeline(Timeline timeline, Topic topic) {
        TimelineText text = TimelineText.of(timeline, topic, language);
        return switch (platform) {
            case TELEGRAM -> telegram(text.telegram(), List.of());
            case SLACK -> slack(text.slack(), List.of());
            case CONSOLE -> ChatReply.plain(text.plain());
        };
    }

    ChatReply help(List<CommandHelp> commands) {
        return switch (platform) {
            case TELEGRAM -> telegram(new TelegramHtmlRenderer(settings).help(commands), List.of());
            case SLACK -> slack(new SlackRenderer(settings).help(commands), List.of());
            case CONSOLE -> ChatReply.plain(new PlainTextRenderer(settings).help(commands));
        };
    }

    ChatReply notice(Notice notice) {
        return switch (platform) {
            case TELEGRAM -> telegram(List.of(new TelegramHtmlRenderer(settings).notice(notice)), List.of());
            case SLACK -> slack(List.of(new SlackRenderer(settings).notice(notice)), List.of());
            case CONSOLE -> ChatReply.plain(new PlainTextRenderer(settings).notice(notice));
        };
    }

    /** Buttons go on the last message, under the results they page. */
    private static ChatReply telegram(List<String> parts, List<Button> buttons) {
        List<ChatMessage> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ChatMessage m = ChatMessage.of(parts.get(i), Format.TELEGRAM_HTML);
            out.add(i == parts.size() - 1 && !buttons.isEmpty() ? m.withButtons(buttons) : m);
        }
        return new ChatReply(out);
    }

    private static ChatReply slack(List<SlackMessage> parts, List<Button> buttons) {
        List<ChatMessage> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SlackMessage s = parts.get(i);
            ChatMessage m = ChatMessage.of(s.text(), Format.SLACK_MRKDWN).withSlackBlocks(s.blocks());
            out.add(i == parts.size() - 1 && !buttons.isEmpty() ? m.withButtons(buttons) : m);
        }
        return new ChatReply(out);
    }
}
