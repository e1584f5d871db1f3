package newsbot.bot.commands;

/** What the running bot answers to an admin's change (/subscribe, /unsubscribe): done or not, and a line to show. */
public record ControlReply(boolean ok, String text) {
}
