package newsbot.bot.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** {@code java -jar newsbot.jar [--config FILE] [--db FILE] COMMAND}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code. */
    public static int run(String... args) {
        return NewsbotCommand.commandLine().execute(args);
    }

    /** Runs one command line writing to the given streams; tests call this in-process. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = NewsbotCommand.commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }
}
