package newsbot.bot.commands;

import newsbot.bot.chat.ChatReply;
import java.util.Optional;
import newsbot.bot.render.Notice;
import newsbot.core.digest.Digest;
import newsbot.core.store.StoreException;

/** /latest [N]: the N newest stories. */
final class LatestHandler {
    static final int DEFAULT = 5;
    static final int MAX = 20;

    private LatestHandler() {
    }

    static ChatReply answer(Call call) {
        String arg = call.request().args().strip();
        int n = DEFAULT;
        if (!arg.isEmpty()) {
            try {
                n = Integer.parseInt(arg);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > MAX) {
                return call.replies().notice(Notice.info(call.say(
                        "Usage: /latest [N], with N from 1 to " + MAX + ".",
                        "用法：/latest [N]，N 为 1 到 " + MAX + " 之间的数。")));
            }
        }
        try {
            Digest digest = call.digests().latest(n, call.language());
            Optional<ScanProgress> scan = call.control().firstScan();
            if (digest.isEmpty() && scan.isPresent()) {
                return call.replies().notice(Notice.info(scan.get().describe(call.zh())));
            }
            return call.replies().digest(digest);
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
