package newsbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import newsbot.bot.cli.Main;
import newsbot.bot.commands.CommandSpec;
import newsbot.bot.commands.Commands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `newsbot chat` in-process, standard input replaced for the run, over a real ingested database. */
class ConsoleEndToEndTest {
    @TempDir
    Path tmp;
    NewsbotWorld world;
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        world = NewsbotWorld.create(tmp).ingest();
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    /** Types these lines into `newsbot chat` and returns what it printed. */
    String chat(List<String> lines) {
        StringWriter out = new StringWriter();
        InputStream stdin = System.in;
        int code;
        try {
            System.setIn(new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
            code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "--config",
                    world.configFile.toString(), "chat");
        } finally {
            System.setIn(stdin);
        }
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void chatAnswersEachLineInOrder() {
        String text = chat(List.of("/help", "/latest 3", "/search 董军", "/frobnicate", "Austin"));

        assertThat(err.toString()).isEmpty();
        assertThat(text).containsSubsequence(
                "/latest", "/search QUERY", "/reload", "/subscribe CRON [ZONE] [zh|en|source] [chart]", "/unsubscribe",
                "3 stories", "Dong Jun & Lloyd Austin agree: hotline answered in < 24 hours", // plain text, unescaped
                "Search: “董军”", "Unknown command /frobnicate. Send /help",
                "Search: “Austin”", "«奥斯汀»");
        String search = text.substring(text.indexOf("Search: “董军”"), text.indexOf("Unknown command /frobnicate"));
        assertThat(search).contains(TelegramEndToEndTest.SEED_003, TelegramEndToEndTest.SEED_004); // ranking is not this test's
        assertThat(text).doesNotContain("<b>", "&amp;", "Exception");
    }

    @Test
    void timelineAnswersInPlainTextOldestFirst() {
        String text = chat(List.of(NewsbotWorld.timelineToTheSeeds(), "/timeline 0"));

        assertThat(text).containsSubsequence("Timeline of contacts · ", "2023-12-21  Video call · Chiefs of staff",
                "2024-04-16  Video call · Defence ministers · Lloyd Austin (US) – Dong Jun (China)",
                "Usage: /timeline [N months], with N from 1 to 120");
    }

    @Test
    void searchExcludesAcrossLanguagesAndSaysWhenAPageIsPastTheEnd() {
        String text = chat(List.of("Dongjun -Austin", "/search 董军 page 5"));

        assertThat(text).containsSubsequence(
                "No results for “Dongjun -Austin”.", // every article naming 董军 also names 奥斯汀
                "Page 5 is past the end: there are 2 pages of results.");
    }

    @Test
    void everyCommandTheReadmeDocumentsIsAnswered() throws Exception {
        List<String> lines = DocumentedCommands.inReadme().stream()
                .map(c -> ("/" + c + " " + DocumentedCommands.exampleArgs(c)).strip()).toList();

        String text = chat(lines);

        assertThat(text).doesNotContain("Unknown command", "something went wrong");
        assertThat(lines).hasSameSizeAs(Commands.ALL.stream().map(CommandSpec::name).toList());
    }

    @Test
    void quitOrExitLeavesAndNothingAfterItIsAnswered() {
        assertThat(chat(List.of("/latest 1", "/quit", "/help"))).contains("1 stor").doesNotContain("/search QUERY");
        assertThat(chat(List.of("/EXIT", "/help"))).doesNotContain("/search QUERY", "Unknown command");
    }

    @Test
    void subscribeInTheConsoleSaysWhereDigestsCanGo() {
        String text = chat(List.of("/subscribe 0 0 8 ? * MON Asia/Shanghai zh chart", "/unsubscribe"));

        assertThat(text).containsSubsequence("Scheduled digests are not running here (use `newsbot run`).",
                "Scheduled digests are not running here (use `newsbot run`).");
    }
}
