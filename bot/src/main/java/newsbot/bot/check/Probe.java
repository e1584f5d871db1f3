package newsbot.bot.check;

/**
 * What one remote call said about a deployment: usable, or not and why.
 *
 * @param ok     the token works / the chat can be posted to
 * @param detail what was found ("@my_news_bot", "Room (supergroup)") or the reason it is not usable ("chat not found")
 */
public record Probe(boolean ok, String detail) {
    public static Probe ok(String detail) {
        return new Probe(true, detail);
    }

    public static Probe failed(String reason) {
        return new Probe(false, reason);
    }
}
