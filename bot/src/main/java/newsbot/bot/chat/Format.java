package newsbot.bot.chat;

/** How a message's text is marked up; the renderer chooses it, the adapter passes it to the platform as is. */
public enum Format {
    /** Telegram's HTML subset (b, i, a, code, pre); sent with parse_mode=HTML. */
    TELEGRAM_HTML,
    /** Slack mrkdwn (*bold*, <url|label>); sent as mrkdwn text. */
    SLACK_MRKDWN,
    /** No markup at all. */
    PLAIN
}
