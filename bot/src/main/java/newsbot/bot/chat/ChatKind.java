package newsbot.bot.chat;

/** Where a request came from: a one-to-one chat, a group (Telegram group/supergroup, Slack channel), or a broadcast channel. */
public enum ChatKind {
    PRIVATE, GROUP, CHANNEL
}
