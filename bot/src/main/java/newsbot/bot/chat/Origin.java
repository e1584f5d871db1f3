package newsbot.bot.chat;

/** How the user asked: a typed command, plain text in a private chat, or a press on one of our buttons. */
public enum Origin {
    COMMAND, TEXT, BUTTON
}
