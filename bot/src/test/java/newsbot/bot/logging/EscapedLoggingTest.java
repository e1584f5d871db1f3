package newsbot.bot.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every logged value has its control characters escaped, in messages and in exception messages alike. */
class EscapedLoggingTest {
    private static final Logger log = LoggerFactory.getLogger("newsbot.test.escaping");

    @Test
    void aValueWithANewlineCannotStartALine() {
        try (LogCapture capture = new LogCapture()) {
            log.warn("refused /{} from {}", "status", "ann\n12:00:00.000 ERROR n.b.app.BotRuntime - FORGED\r\u001b[31m");

            assertThat(capture.lines()).singleElement().satisfies(l -> assertThat(l)
                    .endsWith("refused /status from ann\\n12:00:00.000 ERROR n.b.app.BotRuntime - FORGED\\r\\u001b[31m"));
        }
    }

    @Test
    void anExceptionMessageIsEscapedAndItsFramesStayOneALine() {
        try (LogCapture capture = new LogCapture()) {
            log.error("parse failed", new IllegalArgumentException("bad input\n12:00:00.000 ERROR FORGED",
                    new RuntimeException("cause\u2028also")));

            assertThat(capture.text()).contains("IllegalArgumentException: bad input\\n12:00:00.000 ERROR FORGED",
                    "RuntimeException: cause\\u2028also").containsPattern("(?m)^\\tat newsbot\\.");
            assertThat(capture.lines()).noneMatch(l -> l.startsWith("12:00:00.000 ERROR FORGED"));
        }
    }

    @Test
    void chineseAndEmojiStayAsTheyAre() {
        try (LogCapture capture = new LogCapture()) {
            log.warn("search {}", "董军 🇨🇳 Austin");

            assertThat(capture.text()).contains("search 董军 🇨🇳 Austin");
        }
    }
}
