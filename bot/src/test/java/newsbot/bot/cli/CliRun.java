package newsbot.bot.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The outcome of one in-process command line. */
record CliRun(int exitCode, String out, String err) {

    static final java.nio.file.Path TOPIC = java.nio.file.Path.of("..", "config", "topics", "us-china-military.yml")
            .toAbsolutePath().normalize();

    /** Runs with a configuration (written into {@code dir}) that names the shipped topic by absolute path. */
    static CliRun in(java.nio.file.Path dir, String... args) {
        try {
            java.nio.file.Path config = java.nio.file.Files.writeString(dir.resolve("test-newsbot.yml"),
                    "topic: " + TOPIC + "\ndatabase: " + dir.resolve("n.db") + "\n");
            String[] all = new String[args.length + 2];
            all[0] = "--config";
            all[1] = config.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            return of(all);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
