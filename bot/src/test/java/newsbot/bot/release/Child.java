package newsbot.bot.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One finished child process, run as a user would run it from a shell: a working directory, an environment. */
record Child(int exitCode, String out, String err) {
    /** An upper bound for a cold JVM on a busy machine; a child that finishes returns at once. */
    static final long TIMEOUT_SECONDS = 120;

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The built jar or archive, from the property Maven sets for the integration tests. */
    static Path built(String property) {
        String p = System.getProperty(property);
        if (p == null) {
            throw new IllegalStateException("-D" + property + " is not set: run the *IT tests through `mvn verify`");
        }
        return Path.of(p).toAbsolutePath();
    }

    /** Runs {@code command} in {@code dir} with the environment less chat tokens, plus {@code env}. */
    static Child run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("newsbot-child", ".out");
        Path err = Files.createTempFile("newsbot-child", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            pb.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("SLACK_")
                    || k.equals("JAVA_OPTS") || k.equals("JAVA_TOOL_OPTIONS"));
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError(command + " did not finish in " + TIMEOUT_SECONDS + " s; stderr:\n"
                        + Files.readString(err));
            }
            return new Child(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
