package newsbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CallbackPayloadsTest {
    static final String LONG = "search:美国国防部长奥斯汀与中国国防部长董军举行视频通话 page 2";

    static final class TestClock extends Clock {
        Instant now = Instant.parse("2024-05-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final TestClock clock = new TestClock();
    final CallbackPayloads payloads = new CallbackPayloads(100, clock);

    @Test
    void aKeyComesBackOnlyInTheChatItWasSentTo() {
        String key = payloads.encode(LONG, "1001");

        assertThat(payloads.decode(key, "1001")).contains(LONG);
        assertThat(payloads.decode(key, "2002")).isEmpty();
    }

    @Test
    void keysExpire() {
        String key = payloads.encode(LONG, "1001");
        clock.now = clock.now.plus(CallbackPayloads.LIFETIME).plusSeconds(1);

        assertThat(payloads.decode(key, "1001")).isEmpty();
    }

    @Test
    void keysCannotBeGuessedFromOneAnother() {
        String a = payloads.encode(LONG, "1001");
        String b = payloads.encode(LONG, "1001");

        assertThat(a).isNotEqualTo(b).startsWith("~").hasSizeGreaterThan(10);
        assertThat(a.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
    }

    @Test
    void theOldestKeysAreForgottenPastTheCapacity() {
        CallbackPayloads two = new CallbackPayloads(2, clock);
        String key = two.encode(LONG, "1001");
        two.encode(LONG + "b", "1001");
        two.encode(LONG + "c", "1001");

        assertThat(two.decode(key, "1001")).isEmpty();
    }

    @Test
    void shortPayloadsTravelAsTheyAre() {
        assertThat(payloads.encode("search:Austin page 2", "1001")).isEqualTo("search:Austin page 2");
        assertThat(payloads.decode("search:Austin page 2", "2002")).contains("search:Austin page 2");
    }
}
