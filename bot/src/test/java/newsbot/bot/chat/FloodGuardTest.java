package newsbot.bot.chat;

import static newsbot.bot.chat.FloodGuard.Verdict.ANSWER;
import static newsbot.bot.chat.FloodGuard.Verdict.DROP;
import static newsbot.bot.chat.FloodGuard.Verdict.SLOW_DOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloodGuardTest {
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
    final FloodGuard guard = new FloodGuard(clock, new FloodGuard.Budgets(new FloodGuard.Budget(3, Duration.ofSeconds(2)),
            new FloodGuard.Budget(5, Duration.ofSeconds(1))));

    static ChatRequest from(String user, String chat) {
        return new ChatRequest(Platform.TELEGRAM, chat, user, "u", "en", "search", "x", ChatKind.GROUP, Origin.COMMAND, "");
    }

    List<FloodGuard.Verdict> send(int n, String user, String chat) {
        List<FloodGuard.Verdict> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(guard.admit(from(user, chat)));
        }
        return out;
    }

    @Test
    void aBurstIsAnsweredThenOneSlowDownThenSilence() {
        assertThat(send(6, "ann", "-1")).containsExactly(ANSWER, ANSWER, ANSWER, SLOW_DOWN, DROP, DROP);
    }

    @Test
    void theBucketRefillsWithTimeAndASecondFloodIsWarnedAgain() {
        send(5, "ann", "-1");
        clock.now = clock.now.plusSeconds(2);

        assertThat(send(3, "ann", "-1")).containsExactly(ANSWER, SLOW_DOWN, DROP);
    }

    @Test
    void oneUsersFloodLeavesOthersInTheSameChatTheirTurn() {
        send(10, "ann", "-1");

        assertThat(send(2, "bob", "-1")).containsExactly(ANSWER, ANSWER);
    }

    @Test
    void aChatHasABudgetOfItsOwnAcrossItsUsers() {
        for (String user : List.of("a", "b", "c", "d", "e")) {
            assertThat(guard.admit(from(user, "-1"))).isEqualTo(ANSWER);
        }
        assertThat(send(2, "f", "-1")).containsExactly(SLOW_DOWN, DROP);
        assertThat(guard.admit(from("f", "-2"))).isEqualTo(ANSWER);
    }

    @Test
    void aChannelPostWithNoSenderCountsAgainstTheChannelOnly() {
        ChatRequest post = new ChatRequest(Platform.TELEGRAM, "-100", "", "News", "", "latest", "", ChatKind.CHANNEL,
                Origin.COMMAND, "");
        List<FloodGuard.Verdict> out = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            out.add(guard.admit(post));
        }
        assertThat(out).containsExactly(ANSWER, ANSWER, ANSWER, ANSWER, ANSWER, SLOW_DOWN, DROP);
    }
}
