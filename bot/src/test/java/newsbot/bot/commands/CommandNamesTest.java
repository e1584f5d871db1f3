package newsbot.bot.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandNamesTest {
    private final CommandNames slack = CommandNames.of(Map.of("search", "/news-search", "subscribe", "/news-sub"));

    @Test
    void aRenamedCommandIsWrittenAsItsNewNameAndTheOthersKeepTheirs() {
        assertThat(slack.slash("search")).isEqualTo("/news-search");
        assertThat(slack.slash("latest")).isEqualTo("/latest");
        assertThat(CommandNames.BUILT_IN.slash("search")).isEqualTo("/search");
    }

    @Test
    void mentionsOfCommandsInOurTextAreRewrittenButPathsZonesAndOtherWordsAreNot() {
        assertThat(slack.rewrite("e.g. /search 董军 or /search Austin, then /subscribe 0 0 8 * * ? Asia/Shanghai zh"))
                .isEqualTo("e.g. /news-search 董军 or /news-search Austin, then /news-sub 0 0 8 * * ? Asia/Shanghai zh");
        assertThat(slack.rewrite("see /searching, a/search, /search/x, https://x.org/search and /frobnicate"))
                .isEqualTo("see /searching, a/search, /search/x, https://x.org/search and /frobnicate");
        assertThat(slack.rewrite("（/search 董军）")).isEqualTo("（/news-search 董军）");
    }
}
