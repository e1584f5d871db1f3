package newsbot.bot.chat;

/** The chat platforms the bot speaks on. */
public enum Platform {
    TELEGRAM, SLACK,
    /** stdin/stdout: `newsbot chat`, for trying the commands with no tokens */
    CONSOLE
}
