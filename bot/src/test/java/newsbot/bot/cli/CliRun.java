package newsbot.bot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/** The outcome of one in-process command line. */
record CliRun(int exitCode, String out, String err) {
    /** The repository's topic file; tests run in the bot module, where the default relative path does not exist. */
    static final Path TOPIC = Path.of("..", "config", "topics", "us-china-military.yml").toAbsolutePath().normalize();

    /** Runs with a configuration (written into {@code dir}) naming the repository's topic and a database in {@code dir}. */
    static CliRun in(Path dir, String... args) {
        try {
            Path config = Files.writeString(dir.resolve("test-newsbot.yml"),
                    "topic: \"" + TOPIC + "\"\ndatabase: \"" + dir.resolve("n.db") + "\"\n");
            return of(Stream.concat(Stream.of("--config", config.toString()), Arrays.stream(args)).toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the command line; without a --config of its own, with a configuration naming the repository's topic. */
    static CliRun of(String... args) {
        String[] full = Arrays.asList(args).contains("--config") ? args
                : Stream.concat(Stream.of("--config", DefaultConfig.FILE.toString()), Arrays.stream(args))
                .toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), full);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Written once per test JVM, never changed. */
    private static final class DefaultConfig {
        static final Path FILE = write();

        private static Path write() {
            try {
                Path f = Files.createTempFile("newsbot-cli-test", ".yml");
                f.toFile().deleteOnExit();
                return Files.writeString(f, "topic: \"" + TOPIC + "\"\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
