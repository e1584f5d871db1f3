package newsbot.bot.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsbot.bot.check.CheckLine;
import newsbot.bot.check.DeploymentCheck;
import newsbot.bot.config.BotConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a deployment before running it, one line per item, nothing posted: the configuration and",
                "topic files, the database, the article folder; with tokens in the environment, Telegram getMe and",
                "Slack auth.test, then every subscription's chat (getChat, conversations.info).",
                "Exit 0 when everything is usable, 3 configuration or topic, 4 database, 5 article folder,",
                "7 a refused token or an unreachable chat."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean unicode = canShowMarks();
        List<CheckLine> lines = new ArrayList<>();
        String configItem = "configuration " + root.configFile().map(Object::toString).orElse("(none)");
        BotConfig c;
        try {
            c = root.settings();
        } catch (NewsbotCommand.UserError e) {
            CheckLine failed = new CheckLine(configItem, CheckLine.Mark.FAILED, e.getMessage(), e.exitCode);
            out.println(failed.render(unicode));
            out.flush();
            return e.exitCode;
        }
        CheckLine first = root.configFile().isPresent() ? new CheckLine(configItem, CheckLine.Mark.OK, "", 0)
                : new CheckLine(configItem, CheckLine.Mark.SKIPPED,
                "built-in defaults (no " + NewsbotCommand.DEFAULT_CONFIG + " here)", 0);
        lines.add(first);
        out.println(first.render(unicode));
        out.flush();
        new DeploymentCheck(c, System.getenv(), Clock.systemDefaultZone()).run(line -> {
            lines.add(line);
            out.println(line.render(unicode));
            out.flush();
        });
        return DeploymentCheck.exitCode(lines);
    }

    /** The charset picocli writes standard output in; a plain ASCII terminal gets "ok"/"FAILED" instead. */
    private static boolean canShowMarks() {
        String name = System.getProperty("sun.stdout.encoding");
        Charset cs = name == null || !Charset.isSupported(name) ? Charset.defaultCharset() : Charset.forName(name);
        return cs.newEncoder().canEncode("✓✗–");
    }
}
