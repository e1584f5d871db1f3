package newsbot.bot.commands;

import java.util.List;
import newsbot.bot.chat.ChatReply;
import newsbot.bot.render.Notice;
import newsbot.core.ingest.FileError;
import newsbot.core.ingest.IngestReport;
import newsbot.core.store.StoreException;
import newsbot.core.store.StoreStatus;

/** The admin commands: thin calls to the running bot ({@link BotControl}), their outcome in the asker's language. */
final class AdminHandlers {
    private static final int ERRORS_SHOWN = 10;

    private AdminHandlers() {
    }

    static ChatReply reload(Call call) {
        ReloadOutcome o = call.control().reload();
        if (o.refused().isPresent()) {
            String why = o.refused().get();
            return call.replies().notice(Notice.error(call.zh() ? "未重新加载，仍在使用原来的配置：" + why
                    : Character.toUpperCase(why.charAt(0)) + why.substring(1)));
        }
        StringBuilder sb = new StringBuilder();
        if (o.configProblems().isEmpty()) {
            sb.append(call.say("Configuration and topic reloaded.", "配置和主题已重新加载。"));
        } else {
            sb.append(call.say("The configuration has a problem; the previous one keeps running:", "配置有误，仍在使用原来的配置："));
            o.configProblems().forEach(p -> sb.append("\n• ").append(p));
        }
        o.scanProblem().ifPresent(p -> sb.append('\n').append(call.say("Scan failed: ", "扫描失败：")).append(p));
        o.scan().ifPresent(r -> appendScan(sb, r, call.zh()));
        return call.replies().notice(o.configProblems().isEmpty() && o.scanProblem().isEmpty()
                ? Notice.info(sb.toString()) : Notice.error(sb.toString()));
    }

    private static void appendScan(StringBuilder sb, IngestReport r, boolean zh) {
        sb.append('\n').append(zh
                ? String.format("扫描 %d 个文件：新增 %d，更新 %d，未变 %d，移动 %d，删除 %d，重复 %d，拒收 %d（%d 毫秒）",
                r.scanned(), r.added(), r.updated(), r.unchanged(), r.moved(), r.removed(), r.duplicates(), r.rejected(), r.millis())
                : String.format("Scanned %d files: %d added, %d updated, %d unchanged, %d moved, %d removed, %d duplicates, %d rejected (%d ms)",
                r.scanned(), r.added(), r.updated(), r.unchanged(), r.moved(), r.removed(), r.duplicates(), r.rejected(), r.millis()));
        List<FileError> errors = r.errors();
        for (int i = 0; i < Math.min(ERRORS_SHOWN, errors.size()); i++) {
            sb.append("\n• ").append(errors.get(i).path().replace("\n", "\\n").replace("\r", "\\r"))
                    .append(": ").append(errors.get(i).reason());
        }
        if (errors.size() > ERRORS_SHOWN) {
            sb.append(zh ? "\n……另有 " : "\n… and ").append(errors.size() - ERRORS_SHOWN).append(zh ? " 个" : " more");
        }
    }

    static ChatReply status(Call call) {
        StoreStatus s;
        try {
            s = call.digests().status();
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(call.zh()
                ? String.format("文章 %d 篇（相关 %d），事件 %d 个，序号 %d", s.articles(), s.relevant(), s.stories(), s.lastSeq())
                : String.format("%d articles (%d on topic), %d stories, ingest sequence %d", s.articles(), s.relevant(), s.stories(), s.lastSeq()));
        sb.append('\n').append(call.say("Last scan: ", "上次扫描："))
                .append(s.lastScan().map(i -> i.atZone(call.zone()).toLocalDateTime().withNano(0).toString())
                        .orElse(call.say("never", "从未")))
                .append(s.lastScanErrors() > 0 ? call.say(", " + s.lastScanErrors() + " file errors",
                        "，" + s.lastScanErrors() + " 个文件出错") : "");
        call.control().statusLines().forEach(l -> sb.append('\n').append(l));
        return call.replies().notice(Notice.info(sb.toString()));
    }

    static ChatReply subscribe(Call call) {
        return outcome(call, call.control().subscribe(call.request().platform(), call.request().chatId(),
                call.request().args().strip()));
    }

    static ChatReply unsubscribe(Call call) {
        return outcome(call, call.control().unsubscribe(call.request().platform(), call.request().chatId()));
    }

    private static ChatReply outcome(Call call, ControlReply r) {
        String text = call.names().rewrite(r.text()); // the usage line names /subscribe as this platform calls it
        return call.replies().notice(r.ok() ? Notice.info(text) : Notice.error(text));
    }
}
