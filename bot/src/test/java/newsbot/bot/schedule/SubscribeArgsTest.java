package newsbot.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** /subscribe's arguments: the cron, then an optional zone, language and chart (the last two in either order). */
class SubscribeArgsTest {
    @Test
    void chartAfterTheLanguageAsksForThePicture() {
        SubscribeArgs a = SubscribeArgs.parse("0 0 8 ? * MON Asia/Shanghai zh chart");

        assertThat(a).isEqualTo(new SubscribeArgs("0 0 8 ? * MON", ZoneId.of("Asia/Shanghai"), "zh", true));
    }

    @Test
    void chartMayComeBeforeTheLanguageAndWithoutAZone() {
        assertThat(SubscribeArgs.parse("0 0 8 * * ? chart en"))
                .isEqualTo(new SubscribeArgs("0 0 8 * * ?", ZoneId.of("UTC"), "en", true));
        assertThat(SubscribeArgs.parse("0 0 8 * * ? Chart").chart()).isTrue();
    }

    @Test
    void withoutChartThereIsNoPicture() {
        assertThat(SubscribeArgs.parse("0 0 8 * * ? Asia/Shanghai zh").chart()).isFalse();
    }

    @Test
    void chartTwiceIsAUsageError() {
        assertThatThrownBy(() -> SubscribeArgs.parse("0 0 8 * * ? chart chart"))
                .hasMessageContaining("Usage: /subscribe CRON [ZONE] [zh|en|source] [chart]");
    }
}
