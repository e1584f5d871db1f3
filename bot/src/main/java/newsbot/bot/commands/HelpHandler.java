package newsbot.bot.commands;

import java.util.List;
import newsbot.bot.chat.ChatReply;
import newsbot.bot.render.CommandHelp;

/** /help and /start: the listed commands the asker may run, as the asker's platform names them. */
final class HelpHandler {
    private HelpHandler() {
    }

    static ChatReply answer(Call call) {
        boolean admin = call.fromAdmin();
        CommandNames names = call.names();
        List<CommandHelp> lines = Commands.listed().stream()
                .filter(c -> !c.adminOnly() || admin)
                .map(c -> new CommandHelp(c.usage(names),
                        names.rewrite(call.say(c.en(), c.zh()))))
                .toList();
        return call.replies().help(lines);
    }
}
