package newsbot.bot.commands;

import static newsbot.bot.commands.CommandSpec.Who.ADMINS;
import static newsbot.bot.commands.CommandSpec.Who.ANYONE;
import static newsbot.bot.commands.CommandSpec.hidden;
import static newsbot.bot.commands.CommandSpec.shown;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every chat command newsbot answers, in the order /help lists them. The router's registrations, /help, Telegram's
 * command menu and Slack's default slash commands (and the keys {@code slack.commands.*} accepts) all derive from
 * this list: adding a command is one entry here and its handler.
 */
public final class Commands {
    public static final List<CommandSpec> ALL = List.of(
            hidden("start", ANYONE, "what newsbot does", "newsbot 是做什么的", HelpHandler::answer),
            shown("help", ANYONE, "", "this list", "命令列表", HelpHandler::answer),
            shown("latest", ANYONE, "[N]", "the N newest stories (default 5, at most 20)",
                    "最新的 N 个事件（默认 5，最多 20）", LatestHandler::answer),
            shown("search", ANYONE, "QUERY", "search articles in Chinese or English, e.g. /search 董军 or /search Austin",
                    "中英文搜索，例如 /search 董军 或 /search Austin", SearchHandler::answer),
            shown("timeline", ANYONE, "[N months]", "contacts of the last N months (default 6), oldest first",
                    "最近 N 个月的接触（默认 6 个月），按时间先后", TimelineHandler::answer),
            shown("reload", ADMINS, "", "admins: reload configuration and topic, rescan the folder",
                    "管理员：重新加载配置和主题并重新扫描", AdminHandlers::reload),
            shown("status", ADMINS, "", "admins: articles, stories, last scan, next digests",
                    "管理员：文章、事件、上次扫描、下次摘要", AdminHandlers::status),
            shown("subscribe", ADMINS, "CRON [ZONE] [zh|en|source] [chart]",
                    "admins: scheduled digests to this chat (chart: each followed by the timeline picture), "
                            + "e.g. /subscribe 0 0 8 ? * MON Asia/Shanghai zh chart",
                    "管理员：向本聊天定时发送摘要（chart：每次附上接触时间线图），例如 /subscribe 0 0 8 ? * MON Asia/Shanghai zh chart",
                    AdminHandlers::subscribe),
            shown("unsubscribe", ADMINS, "", "admins: stop this chat's scheduled digests",
                    "管理员：停止向本聊天发送定时摘要", AdminHandlers::unsubscribe));

    private Commands() {
    }

    /** The commands users see: in /help, the Telegram menu and as Slack slash commands. */
    public static List<CommandSpec> listed() {
        return ALL.stream().filter(CommandSpec::listed).toList();
    }

    public static Optional<CommandSpec> named(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Slack's slash commands before configuration renames any: command name → "/name", in list order. */
    public static Map<String, String> defaultSlashCommands() {
        Map<String, String> slash = new LinkedHashMap<>();
        listed().forEach(c -> slash.put(c.name(), "/" + c.name()));
        return Collections.unmodifiableMap(slash);
    }
}
