package newsbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import newsbot.bot.cli.ReadOnlyFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console of `newsbot run` (no tokens, a terminal): it leaves on /quit, and a stop — what SIGTERM and Ctrl-C's
 * shutdown hook and a database that cannot be written do — ends it without waiting for another line of input.
 */
class ConsoleRunTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;
    NewsbotWorld world;
    PipedWriter typed;
    BufferedReader stdin;
    final StringWriter out = new StringWriter();
    ReadOnlyFile readOnly;

    @BeforeEach
    void setUp() throws Exception {
        world = NewsbotWorld.create(tmp).run(Map.of());
        typed = new PipedWriter();
        stdin = new BufferedReader(new PipedReader(typed));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (readOnly != null) {
            readOnly.close();
        }
        typed.close();
        world.close();
    }

    private CompletableFuture<Void> console() {
        return CompletableFuture.runAsync(() -> {
            try {
                world.runtime.runConsole(stdin, new PrintWriter(out, true));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void type(String line) throws Exception {
        typed.write(line + "\n");
        typed.flush();
    }

    @Test
    void aStopWhileTheConsoleWaitsForInputEndsIt() throws Exception {
        CompletableFuture<Void> console = console();
        type("/latest 1");
        await().atMost(WAIT).until(() -> out.toString().contains("1 stor"));

        world.runtime.stop(); // as the shutdown hook does on SIGTERM or Ctrl-C; no more input comes

        console.get(WAIT.toSeconds(), TimeUnit.SECONDS); // before, it read on until end of input
    }

    @Test
    void quitLeavesTheConsoleAndStopsTheBot() throws Exception {
        CompletableFuture<Void> console = console();
        type("/quit");

        console.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        world.runtime.awaitStop(); // returns: the bot is stopping
        assertThat(out.toString()).contains("/quit or Ctrl-D to leave").doesNotContain("Unknown command");
    }

    @Test
    void aReloadOnADatabaseThatCannotBeWrittenChangesNothingSaysWhyAndTheBotAnswersOn() throws Exception {
        java.nio.file.Files.writeString(world.configFile, java.nio.file.Files.readString(world.configFile)
                .replace("admins: [" + NewsbotWorld.TELEGRAM_ADMIN + "]", "admins: [" + NewsbotWorld.TELEGRAM_ADMIN + ", 9999]"));
        readOnly = ReadOnlyFile.make(tmp.resolve("newsbot.db"));
        CompletableFuture<Void> console = console();

        type("/reload");
        await().atMost(WAIT).until(() -> out.toString().contains("cannot be written"));
        type("/latest 1");
        await().atMost(WAIT).until(() -> out.toString().contains("1 stor"));

        assertThat(out.toString()).contains("Database " + tmp.resolve("newsbot.db")
                + " cannot be written (Attempt to write a readonly database): nothing was reloaded and the running "
                + "configuration stays").doesNotContain("Exception", "SQLITE_READONLY", "Configuration and topic reloaded");
        assertThat(world.live.current().telegram().admins()).doesNotContain(9999L); // the old configuration runs
        assertThat(console).isNotDone(); // the bot was not stopped
    }
}
