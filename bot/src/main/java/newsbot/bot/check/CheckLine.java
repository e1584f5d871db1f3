package newsbot.bot.check;

/**
 * One line of `newsbot check`: what was checked, whether it is usable, and what was found or why not.
 *
 * @param item     e.g. "telegram", "subscription telegram -100123"
 * @param mark     usable, not usable, or not checked (a platform without its token)
 * @param detail   e.g. "@my_news_bot", "chat not found"
 * @param exitCode the exit code this line asks for when it is {@link Mark#FAILED}: 3 configuration, 4 database,
 *                 5 article folder, 7 a refused token or an unreachable chat
 */
public record CheckLine(String item, Mark mark, String detail, int exitCode) {
    public enum Mark { OK, FAILED, SKIPPED }

    public static final int CONFIGURATION = 3;
    public static final int DATABASE = 4;
    public static final int ARTICLES = 5;
    public static final int REMOTE = 7;

    static CheckLine of(String item, Probe probe) {
        return new CheckLine(item, probe.ok() ? Mark.OK : Mark.FAILED, probe.detail(), REMOTE);
    }

    static CheckLine ok(String item, String detail) {
        return new CheckLine(item, Mark.OK, detail, 0);
    }

    static CheckLine failed(String item, String detail, int exitCode) {
        return new CheckLine(item, Mark.FAILED, detail, exitCode);
    }

    static CheckLine skipped(String item, String detail) {
        return new CheckLine(item, Mark.SKIPPED, detail, 0);
    }

    /** {@code item ✓ detail}, with ASCII marks where the output cannot show ✓ and ✗. */
    public String render(boolean unicode) {
        String m = switch (mark) {
            case OK -> unicode ? "✓" : "ok";
            case FAILED -> unicode ? "✗" : "FAILED";
            case SKIPPED -> unicode ? "–" : "-";
        };
        return item + " " + m + (detail.isEmpty() ? "" : " " + detail);
    }
}
