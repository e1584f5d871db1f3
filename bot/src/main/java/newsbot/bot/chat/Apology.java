package newsbot.bot.chat;

/** The one line a user sees when a handler fails: short, in their language, never a stack trace. */
public final class Apology {
    private Apology() {
    }

    public static ChatReply forLanguage(String languageCode) {
        return ChatReply.plain("zh".equals(languageCode)
                ? "抱歉，出了点问题，请稍后再试。"
                : "Sorry, something went wrong. Please try again later.");
    }

    /** The one reply to a run of commands sent faster than the bot answers them; the rest of the run is dropped. */
    public static ChatReply slowDown(String languageCode) {
        return ChatReply.plain("zh".equals(languageCode)
                ? "命令发得太快了，我略过了一些。请过几秒再试。"
                : "Please slow down: commands are coming faster than I answer them, so I skipped some. "
                        + "Try again in a few seconds.");
    }

    public static String expiredButton(String languageCode) {
        return "zh".equals(languageCode)
                ? "这个按钮已过期，请重新发送命令。"
                : "This button has expired; please send the command again.";
    }
}
