package newsbot.bot.commands;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.bot.chat.Button;
import newsbot.bot.chat.ChatHandler;
import newsbot.bot.chat.ChatReply;
import newsbot.bot.chat.ChatRequest;
import newsbot.bot.chat.CommandInfo;
import newsbot.bot.render.CommandHelp;
import newsbot.bot.render.Notice;
import newsbot.bot.render.SearchResultView;
import newsbot.core.Digests;
import newsbot.core.ingest.FileError;
import newsbot.core.ingest.IngestReport;
import newsbot.core.search.InvalidQueryException;
import newsbot.core.search.SearchHit;
import newsbot.core.search.SearchQuery;
import newsbot.core.search.SearchResults;
import newsbot.core.store.StoreException;
import newsbot.core.store.StoreStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One router for every platform: a {@link ChatRequest} becomes a {@link ChatReply} rendered
 * for the platform it came from. Business rules live here and in the core, never in an adapter.
 */
public final class CommandRouter implements ChatHandler {
    private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);
    static final int LATEST_DEFAULT = 5;
    static final int LATEST_MAX = 20;
    static final int MAX_QUERY_CHARS = 500;
    private static final int PAGE_SIZE = 10;
    private static final Pattern PAGED = Pattern.compile("(?s)(.*?)\\s+page\\s+(\\d{1,4})\\s*$");

    private final Digests digests;
    private final Supplier<AdminPolicy> admins;
    private final BotControl control;
    private final ZoneId zone;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public CommandRouter(Digests digests, AdminPolicy admins, BotControl control, ZoneId zone) {
        this(digests, () -> admins, control, zone);
    }

    /** @param admins read on every request, so that a reloaded configuration's admins apply at once */
    public CommandRouter(Digests digests, Supplier<AdminPolicy> admins, BotControl control, ZoneId zone) {
        this.digests = digests;
        this.admins = admins;
        this.control = control;
        this.zone = zone;
        register("start", false, "", "what newsbot does", "newsbot 是做什么的", this::help);
        register("help", false, "", "this list", "命令列表", this::help);
        register("latest", false, "[N]", "the N newest stories (default 5, at most 20)", "最新的 N 个事件（默认 5，最多 20）", this::latest);
        register("search", false, "QUERY", "search articles in Chinese or English, e.g. /search 董军 or /search Austin",
                "中英文搜索，例如 /search 董军 或 /search Austin", this::search);
        register("reload", true, "", "admins: reload configuration and topic, rescan the folder", "管理员：重新加载配置和主题并重新扫描", this::reload);
        register("status", true, "", "admins: articles, stories, last scan, next digests", "管理员：文章、事件、上次扫描、下次摘要", this::status);
    }

    private void register(String name, boolean admin, String args, String en, String zh, Function<Call, ChatReply> run) {
        commands.put(name, new Command(name, admin, args, en, zh, run));
    }

    /** The commands to announce to clients (Telegram's setMyCommands). */
    public List<CommandInfo> commandInfos() {
        return commands.values().stream().filter(c -> !c.name.equals("start"))
                .map(c -> new CommandInfo(c.name, c.en)).toList();
    }

    @Override
    public ChatReply handle(ChatRequest request) {
        String language = request.languageCode().startsWith("zh") ? "zh" : "en";
        Call call = new Call(request, language, new Replies(request.platform(), language, zone));
        Command command = commands.get(request.command());
        if (command == null) {
            return call.replies.notice(Notice.info(call.zh()
                    ? "不认识的命令 /" + request.command() + "。发送 /help 查看可用命令。"
                    : "Unknown command /" + request.command() + ". Send /help to see what I can do."));
        }
        if (command.admin && !admins.get().isAdmin(request)) {
            log.warn("refused /{} from non-admin user {} ({}) in {} chat {}", command.name, request.userId(),
                    request.userName(), request.platform(), request.chatId());
            return call.replies.notice(Notice.info(call.zh()
                    ? "抱歉，/" + command.name + " 只限管理员使用。"
                    : "Sorry, /" + command.name + " is for admins only."));
        }
        try {
            return command.run.apply(call);
        } catch (RuntimeException e) {
            log.error("/{} failed for {} chat {}", command.name, request.platform(), request.chatId(), e);
            return call.replies.notice(Notice.error(call.zh()
                    ? "抱歉，出了点问题，请稍后再试。管理员可以在日志里看到原因。"
                    : "Sorry, something went wrong. Please try again later; the admins can see why in the log."));
        }
    }

    private ChatReply help(Call call) {
        List<CommandHelp> list = commands.values().stream().filter(c -> !c.name.equals("start"))
                .filter(c -> !c.admin || admins.get().isAdmin(call.request))
                .map(c -> new CommandHelp("/" + c.name + (c.args.isEmpty() ? "" : " " + c.args), call.zh() ? c.zh : c.en))
                .toList();
        return call.replies.help(list);
    }

    private ChatReply latest(Call call) {
        String arg = call.request.args().strip();
        int n = LATEST_DEFAULT;
        if (!arg.isEmpty()) {
            try {
                n = Integer.parseInt(arg);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > LATEST_MAX) {
                return call.replies.notice(Notice.info(call.zh()
                        ? "用法：/latest [N]，N 为 1 到 " + LATEST_MAX + " 之间的数。"
                        : "Usage: /latest [N], with N from 1 to " + LATEST_MAX + "."));
            }
        }
        try {
            return call.replies.digest(digests.latest(n, call.language));
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private ChatReply search(Call call) {
        String text = call.request.args().strip();
        int page = 1;
        Matcher m = PAGED.matcher(text);
        if (m.matches()) {
            text = m.group(1).strip();
            page = Math.max(1, Integer.parseInt(m.group(2)));
        }
        if (text.isEmpty()) {
            return call.replies.notice(Notice.info(call.zh()
                    ? "请在 /search 后写上要找的词，例如 /search 董军 或 /search Austin。"
                    : "Tell me what to look for, e.g. /search 董军 or /search Austin."));
        }
        if (text.length() > MAX_QUERY_CHARS) {
            return call.replies.notice(Notice.info(call.zh()
                    ? "查询太长（" + text.length() + " 个字符），请控制在 " + MAX_QUERY_CHARS + " 个字符以内。"
                    : "That query is too long (" + text.length() + " characters); keep it under " + MAX_QUERY_CHARS + "."));
        }
        SearchResults results;
        try {
            results = digests.search(new SearchQuery(text, PAGE_SIZE, page, false));
        } catch (InvalidQueryException e) {
            return call.replies.notice(Notice.info(e.getMessage()));
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (results.hits().isEmpty() && !results.message().isBlank()) { // say why nothing was found, e.g. one character
            return call.replies.notice(Notice.info((call.zh() ? "没有找到“" + text + "”的结果。" : "No results for “" + text + "”.")
                    + " " + results.message()));
        }
        List<SearchResultView.Hit> hits = results.hits().stream().map(CommandRouter::hit).toList();
        int shown = (results.page() - 1) * PAGE_SIZE + hits.size();
        SearchResultView view = new SearchResultView(text, results.page(), results.hasMore(), shown, hits);
        List<Button> buttons = results.hasMore()
                ? List.of(new Button(call.zh() ? "下一页 ›" : "Next page ›", "search:" + text + " page " + (results.page() + 1)))
                : List.of();
        return call.replies.search(view, buttons);
    }

    private static SearchResultView.Hit hit(SearchHit h) {
        return new SearchResultView.Hit(h.title(), h.outlet(), h.url(), h.published().map(d -> d.toLocalDate()),
                h.snippet().text(), h.snippet().highlights().stream()
                .map(r -> new newsbot.bot.render.Range(r.start(), r.end())).toList());
    }

    private ChatReply reload(Call call) {
        ReloadOutcome o = control.reload();
        StringBuilder sb = new StringBuilder();
        if (o.configProblems().isEmpty()) {
            sb.append(call.zh() ? "配置和主题已重新加载。" : "Configuration and topic reloaded.");
        } else {
            sb.append(call.zh() ? "配置有误，仍在使用原来的配置：" : "The configuration has a problem; the previous one keeps running:");
            o.configProblems().forEach(p -> sb.append("\n• ").append(p));
        }
        o.scanProblem().ifPresent(p -> sb.append('\n').append(call.zh() ? "扫描失败：" : "Scan failed: ").append(p));
        o.scan().ifPresent(r -> appendScan(sb, r, call.zh()));
        return call.replies.notice(o.configProblems().isEmpty() && o.scanProblem().isEmpty()
                ? Notice.info(sb.toString()) : Notice.error(sb.toString()));
    }

    private static void appendScan(StringBuilder sb, IngestReport r, boolean zh) {
        sb.append('\n').append(zh
                ? String.format("扫描 %d 个文件：新增 %d，更新 %d，未变 %d，移动 %d，删除 %d，重复 %d，拒收 %d（%d 毫秒）",
                r.scanned(), r.added(), r.updated(), r.unchanged(), r.moved(), r.removed(), r.duplicates(), r.rejected(), r.millis())
                : String.format("Scanned %d files: %d added, %d updated, %d unchanged, %d moved, %d removed, %d duplicates, %d rejected (%d ms)",
                r.scanned(), r.added(), r.updated(), r.unchanged(), r.moved(), r.removed(), r.duplicates(), r.rejected(), r.millis()));
        List<FileError> errors = r.errors();
        for (int i = 0; i < Math.min(10, errors.size()); i++) {
            sb.append("\n• ").append(errors.get(i).path().replace("\n", "\\n").replace("\r", "\\r"))
                    .append(": ").append(errors.get(i).reason());
        }
        if (errors.size() > 10) {
            sb.append(zh ? "\n……另有 " : "\n… and ").append(errors.size() - 10).append(zh ? " 个" : " more");
        }
    }

    private ChatReply status(Call call) {
        StoreStatus s;
        try {
            s = digests.status();
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(call.zh()
                ? String.format("文章 %d 篇（相关 %d），事件 %d 个，序号 %d", s.articles(), s.relevant(), s.stories(), s.lastSeq())
                : String.format("%d articles (%d on topic), %d stories, ingest sequence %d", s.articles(), s.relevant(), s.stories(), s.lastSeq()));
        sb.append('\n').append(call.zh() ? "上次扫描：" : "Last scan: ")
                .append(s.lastScan().map(i -> i.atZone(zone).toLocalDateTime().withNano(0).toString()).orElse(call.zh() ? "从未" : "never"))
                .append(s.lastScanErrors() > 0 ? (call.zh() ? "，" + s.lastScanErrors() + " 个文件出错" : ", " + s.lastScanErrors() + " file errors") : "");
        control.statusLines().forEach(l -> sb.append('\n').append(l));
        return call.replies.notice(Notice.info(sb.toString()));
    }

    private ChatReply subscribe(Call call) {
        ControlReply r = control.subscribe(call.request.platform(), call.request.chatId(), call.request.args().strip());
        return call.replies.notice(r.ok() ? Notice.info(r.text()) : Notice.error(r.text()));
    }

    private ChatReply unsubscribe(Call call) {
        ControlReply r = control.unsubscribe(call.request.platform(), call.request.chatId());
        return call.replies.notice(r.ok() ? Notice.info(r.text()) : Notice.error(r.text()));
    }

    /** One request being answered, in the asker's language. */
    private record Call(ChatRequest request, String language, Replies replies) {
        boolean zh() {
            return language.equals("zh");
        }
    }

    private record Command(String name, boolean admin, String args, String en, String zh, Function<Call, ChatReply> run) {
    }
}
