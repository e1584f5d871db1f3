package newsbot.bot.commands;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import newsbot.bot.chat.ChatHandler;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.ChatReply;
import newsbot.bot.chat.ChatRequest;
import newsbot.bot.chat.CommandInfo;
import newsbot.bot.chat.Platform;
import newsbot.bot.render.Notice;
import newsbot.core.Digests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One router for every platform: a {@link ChatRequest} becomes a {@link ChatReply} rendered for the platform it came
 * from. It registers the commands of {@link Commands#ALL} and does what every command shares — the unknown command,
 * the admin check, the caught failure — so that handlers only answer. Business rules live in the handlers and in the
 * core, never in an adapter.
 */
public final class CommandRouter implements ChatHandler {
    private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);

    private final Call.Services services;
    private final Map<String, CommandSpec> commands = new LinkedHashMap<>();

    public CommandRouter(Digests digests, AdminPolicy admins, BotControl control, ZoneId zone) {
        this(digests, () -> admins, control, zone, platform -> CommandNames.BUILT_IN);
    }

    /**
     * @param admins read on every request, so that a reloaded configuration's admins apply at once
     * @param names  what users of each platform type for each command (Slack's slash commands may be renamed)
     */
    public CommandRouter(Digests digests, Supplier<AdminPolicy> admins, BotControl control, ZoneId zone,
                         Function<Platform, CommandNames> names) {
        this.services = new Call.Services(digests, admins, control, zone, names);
        Commands.ALL.forEach(c -> commands.put(c.name(), c));
    }

    /** The commands to announce to clients (Telegram's setMyCommands). */
    public List<CommandInfo> commandInfos() {
        return Commands.listed().stream().map(c -> new CommandInfo(c.name(), c.en())).toList();
    }

    @Override
    public ChatReply handle(ChatRequest request) {
        Call call = new Call(request, services);
        CommandSpec command = commands.get(request.command());
        if (command == null) {
            String help = call.names().slash("help");
            return call.replies().notice(Notice.info(call.say(
                    "Unknown command /" + request.command() + ". Send " + help + " to see what I can do.",
                    "不认识的命令 /" + request.command() + "。发送 " + help + " 查看可用命令。")));
        }
        if (command.adminOnly() && !call.fromAdmin()) {
            log.warn("refused /{} from non-admin user {} ({}) in {} chat {}", command.name(), request.userId(),
                    request.userName(), request.platform(), request.chatId());
            String name = call.names().slash(command.name());
            return onlyForTheAsker(call.replies().notice(Notice.info(call.say(
                    "Sorry, " + name + " is for admins only.", "抱歉，" + name + " 只限管理员使用。"))));
        }
        try {
            ChatReply reply = command.handler().answer(call);
            return command.adminOnly() ? onlyForTheAsker(reply) : reply;
        } catch (RuntimeException e) {
            log.error("/{} failed for {} chat {}", command.name(), request.platform(), request.chatId(), e);
            return call.replies().notice(Notice.error(call.say(
                    "Sorry, something went wrong. Please try again later; the admins can see why in the log.",
                    "抱歉，出了点问题，请稍后再试。管理员可以在日志里看到原因。")));
        }
    }

    /** Admin business and refusals are nobody else's: on Slack only the asker sees them (elsewhere a no-op). */
    private static ChatReply onlyForTheAsker(ChatReply reply) {
        return new ChatReply(reply.messages().stream().map(ChatMessage::asEphemeral).toList());
    }
}
