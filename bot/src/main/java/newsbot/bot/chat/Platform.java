package newsbot.bot.chat;

/** The chat platforms the bot speaks on. */
public enum Platform {
    TELEGRAM, SLACK
}
