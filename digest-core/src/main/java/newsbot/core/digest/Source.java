package newsbot.core.digest;

/**
 * One outlet reporting a story.
 *
 * @param outlet e.g. "RFI", "腾讯新闻"; never blank (falls back to the URL host or "unknown outlet")
 * @param url    the article's link, "" when the file names none
 * @param title  the article's own title
 */
public record Source(String outlet, String url, String title) {
}
