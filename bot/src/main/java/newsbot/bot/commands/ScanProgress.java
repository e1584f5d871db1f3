package newsbot.bot.commands;

/**
 * How far the first scan of the article folder is, while it runs: commands answered then say so rather than
 * "no stories yet".
 *
 * @param done  files read so far
 * @param total files to read, or -1 while the folder is not listed yet (or another ingest is waited for)
 */
public record ScanProgress(int done, int total) {

    String describe(boolean zh) {
        if (total < 0) {
            return zh ? "首次扫描文章目录尚未完成，请稍后再试。"
                    : "The first scan of the article folder is still running; try again in a moment.";
        }
        return zh ? "首次扫描文章目录尚未完成（已处理 " + done + " / " + total + " 个文件），请稍后再试。"
                : "The first scan of the article folder is still running (" + done + " of " + total
                        + " files); try again in a moment.";
    }
}
