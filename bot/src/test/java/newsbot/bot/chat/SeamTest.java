package newsbot.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SeamTest {

    @Test
    void aButtonPayloadSplitsIntoCommandAndArgs() {
        Button b = new Button("Next", "search:董军:2");
        assertThat(b.command()).isEqualTo("search");
        assertThat(b.args()).isEqualTo("董军:2");
        assertThat(new Button("Help", "help").args()).isEmpty();
    }

    @Test
    void buttonPayloadsAreChecked() {
        assertThatThrownBy(() -> new Button("x", "~1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Button("x", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Button(" ", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Button("x", "a".repeat(Button.MAX_PAYLOAD_CHARS + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestsHaveNoNulls() {
        ChatRequest r = new ChatRequest(Platform.SLACK, "C1", null, null, null, "latest", null, ChatKind.GROUP,
                Origin.COMMAND, null);
        assertThat(List.of(r.userId(), r.userName(), r.languageCode(), r.args(), r.replyContext())).containsOnly("");
        assertThatThrownBy(() -> new ChatRequest(Platform.SLACK, " ", "", "", "", "latest", "", ChatKind.GROUP,
                Origin.COMMAND, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void languageTagsBecomeZhEnOrNothing() {
        assertThat(Languages.normalize("zh-hans")).isEqualTo("zh");
        assertThat(Languages.normalize("zh_TW")).isEqualTo("zh");
        assertThat(Languages.normalize("en-US")).isEqualTo("en");
        assertThat(Languages.normalize("ru")).isEmpty();
        assertThat(Languages.normalize(null)).isEmpty();
    }

    @Test
    void secretsDoNotPrint() {
        assertThat(new Secret("123456:TEST-FAKE-TOKEN-not-real").toString()).doesNotContain("TEST");
    }

    @Test
    void backoffDoublesUpToTheCap() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(60));
        assertThat(List.of(p.backoff(1), p.backoff(2), p.backoff(3), p.backoff(4))).containsExactly(
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(5));
    }

    @Test
    void aRetryAfterLongerThanTheCapIsHandedBackNotWaited() {
        RecordingSleeper sleeper = new RecordingSleeper();
        Delivery d = new Delivery(Platform.TELEGRAM, RetryPolicy.DEFAULT,
                new ChatRateLimiter(Clock.systemUTC(), sleeper), sleeper, DeliveryListener.NONE);
        SendResult r = d.deliverAll("1", ChatRateLimiter.Limits.TELEGRAM_PRIVATE, List.of(ChatMessage.plain("x")),
                m -> new Attempt.RateLimited(Duration.ofMinutes(10), "flood"));
        assertThat(r).isInstanceOfSatisfying(SendResult.RetryableFailure.class,
                f -> assertThat(f.retryAfter()).isEqualTo(Duration.ofMinutes(10)));
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void deliveryStopsAtTheFirstPermanentFailureAndCountsWhatWentOut() {
        List<SendResult.PermanentFailure> told = new CopyOnWriteArrayList<>();
        RecordingSleeper sleeper = new RecordingSleeper();
        Delivery d = new Delivery(Platform.SLACK, RetryPolicy.DEFAULT, new ChatRateLimiter(Clock.systemUTC(), sleeper),
                sleeper, (p, c, f) -> told.add(f));
        List<String> tried = new CopyOnWriteArrayList<>();
        SendResult r = d.deliverAll("C1", ChatRateLimiter.Limits.SLACK_CHANNEL,
                List.of(ChatMessage.plain("1"), ChatMessage.plain("2"), ChatMessage.plain("3")), m -> {
                    tried.add(m.text());
                    return m.text().equals("2") ? new Attempt.Permanent(403, "not_in_channel") : new Attempt.Ok("t");
                });
        assertThat(r).isEqualTo(new SendResult.PermanentFailure(1, "not_in_channel", 403));
        assertThat(tried).containsExactly("1", "2");
        assertThat(told).containsExactly((SendResult.PermanentFailure) r);
    }

    @Test
    void recentKeysForgetOldAndOverflowingKeys() {
        Instant[] now = {Instant.parse("2024-04-17T08:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now[0];
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        RecentKeys keys = new RecentKeys(2, Duration.ofMinutes(10), clock);
        assertThat(keys.firstSeen("a")).isTrue();
        assertThat(keys.firstSeen("a")).isFalse();
        keys.firstSeen("b");
        keys.firstSeen("c"); // over capacity: "a" goes
        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.firstSeen("a")).isTrue();
        now[0] = now[0].plus(Duration.ofMinutes(11));
        assertThat(keys.firstSeen("c")).isTrue();
        assertThat(keys.size()).isEqualTo(1);
    }
}
