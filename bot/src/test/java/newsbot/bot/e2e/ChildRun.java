package newsbot.bot.e2e;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * {@code newsbot run} in a child JVM, as a user starts it: the test classpath, a configuration file, the chat tokens
 * given and none inherited, output and log read line by line as they come.
 */
public final class ChildRun implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private ChildRun(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("reader failed: " + e);
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static ChildRun start(Path workingDirectory, Path config, Map<String, String> env) throws IOException {
        return start(workingDirectory, config, env, List.of());
    }

    /** As {@link #start(Path, Path, Map)}, with options for the child JVM. */
    public static ChildRun start(Path workingDirectory, Path config, Map<String, String> env, List<String> jvmOptions)
            throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "newsbot.bot.cli.Main",
                "--config", config.toString(), "run"));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("SLACK_"));
        pb.environment().putAll(env);
        return new ChildRun(pb.start());
    }

    public Process process() {
        return process;
    }

    /** Everything printed so far; grows while the process runs. */
    public List<String> lines() {
        return lines;
    }

    /** The first line starting with {@code prefix}, waited for; the whole output in the failure when it never comes. */
    public String awaitLine(String prefix, Duration wait) {
        try {
            await().atMost(wait).pollInterval(Duration.ofMillis(50))
                    .until(() -> lines.stream().anyMatch(l -> l.startsWith(prefix)));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("no '" + prefix + "' line; the process printed:\n" + String.join("\n", lines), e);
        }
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
