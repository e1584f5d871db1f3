package newsbot.bot.cli;

import picocli.CommandLine;

/** {@code java -jar newsbot.jar [--config FILE] [--db FILE] COMMAND}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code; used by tests in-process. */
    public static int run(String... args) {
        return NewsbotCommand.commandLine().execute(args);
    }
}
