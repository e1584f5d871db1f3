package newsbot.bot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import newsbot.bot.app.BotRuntime;
import newsbot.bot.app.LiveConfig;
import newsbot.bot.commands.CommandRouter;
import newsbot.bot.config.BotConfig;
import newsbot.bot.console.ConsoleChat;
import newsbot.core.Digests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"Try the chat commands on standard input, no tokens needed: /help lists them all",
                "(/latest [N], /search QUERY, /reload, /status …). A line without a slash is a search. You are an admin here."})
final class ChatCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--lang", defaultValue = "en", description = "Reply language: en or zh (default ${DEFAULT-VALUE}).")
    String language;

    @Override
    public Integer call() throws Exception {
        BotConfig c = root.settings();
        try (Digests digests = root.openDigests(c)) {
            LiveConfig live = new LiveConfig(root.configFile(), c, digests);
            CommandRouter router = BotRuntime.router(live, live, Clock.systemDefaultZone()); // admin commands as in run

            PrintWriter out = spec.commandLine().getOut();
            new ConsoleChat(router, language.startsWith("zh") ? "zh" : "en")
                    .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out, System.console() != null);
        }
        return 0;
    }
}
