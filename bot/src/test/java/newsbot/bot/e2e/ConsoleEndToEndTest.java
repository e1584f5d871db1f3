package newsbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import newsbot.bot.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `newsbot chat` in-process, standard input replaced for the run, over a real ingested database. */
class ConsoleEndToEndTest {
    @TempDir
    Path tmp;

    @Test
    void chatAnswersEachLineInOrder() throws Exception {
        NewsbotWorld world = NewsbotWorld.create(tmp);
        String input = String.join("\n", "/help", "/latest 3", "/search 董军", "/frobnicate", "Austin", "") ;

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream stdin = System.in;
        int code;
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "--config",
                    world.configFile.toString(), "chat");
        } finally {
            System.setIn(stdin);
        }

        String text = out.toString();
        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(text).containsSubsequence(
                "/latest", "/search QUERY", "/reload", // help: the console user is an admin
                "3 stories", "Dong Jun & Lloyd Austin agree: hotline answered in < 24 hours", // plain text, unescaped
                "Search: “董军”", TelegramEndToEndTest.SEED_003, TelegramEndToEndTest.SEED_004,
                "Unknown command /frobnicate. Send /help",
                "Search: “Austin”", "«奥斯汀»");
        assertThat(text).doesNotContain("<b>", "&amp;", "Exception");
    }
}
