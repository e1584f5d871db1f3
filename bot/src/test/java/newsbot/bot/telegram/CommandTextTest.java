package newsbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandTextTest {

    @Test
    void readsCommandBotNameAndArgs() {
        assertThat(CommandText.parse("/Search@OurBot  董军 奥斯汀 "))
                .contains(new CommandText("search", "OurBot", "董军 奥斯汀"));
        assertThat(CommandText.parse("/latest")).contains(new CommandText("latest", "", ""));
        assertThat(CommandText.parse("/search\nmulti\nline")).contains(new CommandText("search", "", "multi\nline"));
    }

    @Test
    void textThatIsNotACommandIsNot() {
        assertThat(CommandText.parse("hello /search")).isEmpty();
        assertThat(CommandText.parse("/usr/bin")).isEqualTo(Optional.empty());
        assertThat(CommandText.parse("/")).isEmpty();
        assertThat(CommandText.parse(null)).isEmpty();
    }

    @Test
    void aCommandIsOursWhenAddressedToUsOrToNoOne() {
        assertThat(CommandText.parse("/search@ourbot x").orElseThrow().isFor("OurBot")).isTrue();
        assertThat(CommandText.parse("/search x").orElseThrow().isFor("OurBot")).isTrue();
        assertThat(CommandText.parse("/search@OtherBot x").orElseThrow().isFor("OurBot")).isFalse();
    }

    @Test
    void apiUrlsBecomeTelegramUrls() {
        var url = TelegramSettings.toTelegramUrl(java.net.URI.create("https://api.telegram.org"));
        assertThat(url.getSchema()).isEqualTo("https");
        assertThat(url.getPort()).isEqualTo(443);
        assertThat(TelegramSettings.toTelegramUrl(java.net.URI.create("http://127.0.0.1:8081/")).getPort())
                .isEqualTo(8081);
    }

    /** The repeat window of the outbox depends on it: the first real reply must not pay for Jackson's set-up. */
    @Test
    void theReplyParsingWarmUpWorks() {
        assertThat(TelegramBot.warmUpReplies()).isTrue();
    }
}
