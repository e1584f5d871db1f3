package newsbot.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ChatRateLimiterTest {
    /** A clock the sleeper moves forward: waiting takes no real time. */
    static final class FakeTime extends Clock implements Sleeper {
        Instant now = Instant.parse("2024-04-17T08:00:00Z");

        @Override
        public void sleep(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    FakeTime time = new FakeTime();
    ChatRateLimiter limiter = new ChatRateLimiter(time, time);

    @Test
    void postsToOneChatAreAtLeastASecondApart() throws Exception {
        Instant start = time.instant();
        for (int i = 0; i < 5; i++) {
            limiter.acquire("1001", ChatRateLimiter.Limits.TELEGRAM_PRIVATE);
        }
        assertThat(Duration.between(start, time.instant())).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aGroupGetsNoMoreThanTwentyPostsAMinute() throws Exception {
        Instant start = time.instant();
        for (int i = 0; i < 21; i++) {
            limiter.acquire("-100200", ChatRateLimiter.Limits.TELEGRAM_GROUP);
        }
        // posts 1..20 at 0..19 s; the 21st waits for the first to leave the one-minute window
        assertThat(Duration.between(start, time.instant())).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void chatsDoNotWaitForEachOther() {
        assertThat(limiter.reserve("a", ChatRateLimiter.Limits.TELEGRAM_PRIVATE)).isZero();
        assertThat(limiter.reserve("b", ChatRateLimiter.Limits.TELEGRAM_PRIVATE)).isZero();
        assertThat(limiter.reserve("a", ChatRateLimiter.Limits.TELEGRAM_PRIVATE)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aQuietChatIsNotHeldBack() {
        limiter.reserve("a", ChatRateLimiter.Limits.TELEGRAM_PRIVATE);
        time.sleep(Duration.ofSeconds(5));
        assertThat(limiter.reserve("a", ChatRateLimiter.Limits.TELEGRAM_PRIVATE)).isZero();
    }
}
