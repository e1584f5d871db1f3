package newsbot.bot.render;

/** What a renderer gives back for a digest without stories; the caller decides whether to post it. */
public enum EmptyDigest {
    /** No messages at all (an empty list, or "" for plain text). */
    SKIP,
    /** One short line: "No new stories since …". */
    NOTICE
}
