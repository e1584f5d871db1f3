package newsbot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsbot.bot.chat.RecordingSleeper;
import newsbot.bot.chat.Secret;
import newsbot.bot.chat.TestHandler;
import newsbot.bot.logging.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slack's HTTP mode under a hostile client: slow and idle sockets, floods of unsigned junk, forged log lines. */
class SlackHttpAbuseTest {
    static final String SIGNING_SECRET = "fake-signing-secret-0123456789";
    static final Duration WAIT = Duration.ofSeconds(10);

    FakeSlackServer fake;
    final TestHandler handler = new TestHandler();
    final SlackRequests slack = new SlackRequests(SIGNING_SECRET);
    final List<Socket> sockets = new ArrayList<>();
    SlackBot bot;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeSlackServer();
        bot = new SlackBot(SlackSecrets.forHttp(new Secret("fake-slack-bot-token-0000000000"), new Secret(SIGNING_SECRET)),
                SlackSettings.defaults().withApiUrl(fake.apiUrl()).withHttp("127.0.0.1", 0), handler,
                (platform, chatId, failure) -> { }, Clock.systemUTC(), new RecordingSleeper());
        bot.start();
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        bot.close();
        fake.close();
    }

    /** A socket that sent {@code prefix} and then nothing more. */
    Socket hanging(String prefix) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), bot.httpPort());
        sockets.add(s);
        OutputStream out = s.getOutputStream();
        out.write(prefix.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    static String partialPost(int declaredLength) {
        return "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + declaredLength + "\r\n\r\ntoken=abc";
    }

    HttpResponse<String> signedHelp(String trigger) throws Exception {
        return slack.post(bot.httpPort(), SlackRequests.slashCommand("/help", "", "C0001", fake.responseUrl(trigger),
                trigger), Instant.now(), Map.of());
    }

    @Test
    void slowSocketsDoNotHoldUpASignedRequest() throws Exception {
        for (int i = 0; i < 6; i++) {
            hanging(partialPost(500_000)); // headers and a few bytes of a large body
        }
        for (int i = 0; i < 4; i++) {
            hanging("POST /slack/events HTTP/1.1\r\nHost: 127"); // not even the headers
        }

        long t0 = System.nanoTime();
        HttpResponse<String> ack = signedHelp("after-slow");

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        await().atMost(WAIT).until(() -> !fake.responses("after-slow").isEmpty());
    }

    @Test
    void aSocketThatDoesNotFinishItsRequestInTimeIsClosed() throws Exception {
        Socket slow = hanging(partialPost(500_000));
        slow.setSoTimeout((int) WAIT.toMillis());

        long t0 = System.nanoTime();
        InputStream in = slow.getInputStream();
        int first;
        try {
            first = in.read();
            while (first >= 0 && in.available() > 0) { // a 408 answer may come before the close
                first = in.read();
            }
            if (first >= 0) {
                first = in.read();
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept a half-sent request open for " + WAIT.toSeconds() + " s", e);
        } catch (IOException e) {
            first = -1; // reset by the server: closed too
        }

        assertThat(first).isEqualTo(-1);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(WAIT);
    }

    @Test
    void oneClientCannotOpenMoreThanItsShareOfConnections() throws Exception {
        List<Socket> opened = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            opened.add(hanging("P"));
        }

        await().atMost(WAIT).until(() -> opened.stream().filter(SlackHttpAbuseTest::closedByServer).count() >= 40 - 16);
    }

    private static boolean closedByServer(Socket s) {
        try {
            s.setSoTimeout(20);
            return s.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Test
    void unsignedRequestsLeaveOnlyTheirSizeAndAReasonInTheLog() throws Exception {
        String marker = "zq" + "x".repeat(1_000);
        String forged = "text=hi%0A12:00:00.000 ERROR n.b.app.BotRuntime - FORGED admin token leaked&" + marker;
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 20; i++) {
                assertThat(slack.post(bot.httpPort(), marker + i, "1", "v0=00", Map.of()).statusCode()).isEqualTo(401);
            }
            assertThat(slack.post(bot.httpPort(), forged, "1", "v0=00", Map.of()).statusCode()).isEqualTo(401);
            assertThat(slack.post(bot.httpPort(), "payload=%7Bnot+json", "1", "v0=00", Map.of()).statusCode())
                    .isEqualTo(401);
            signedHelp("after-junk");
            await().atMost(WAIT).until(() -> !fake.responses("after-junk").isEmpty());

            String text = log.text();
            assertThat(text).doesNotContain("zqxxx", "FORGED", "not json", "Exception", "\tat ");
            assertThat(text).contains("bytes").containsIgnoringCase("signature");
            assertThat(text.length()).isLessThan(20_000);
        }
        assertThat(handler.requests).hasSize(1);
    }

    @Test
    void aSignedButMalformedRequestGetsA400AndOneLine() throws Exception {
        try (LogCapture log = new LogCapture()) {
            HttpResponse<String> r = slack.post(bot.httpPort(), "payload=%7Bnot+json%0A12:00:00.000+ERROR+FORGED",
                    Instant.now(), Map.of());

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(log.text()).doesNotContain("\tat ").doesNotContainPattern("(?m)^12:00:00.000 ERROR FORGED");
        }
    }

    @Test
    void timestampsMoreThanFiveMinutesAheadAreRefused() throws Exception {
        for (Duration ahead : List.of(Duration.ofMinutes(6), Duration.ofDays(1), Duration.ofDays(3650))) {
            String body = SlackRequests.slashCommand("/help", "", "C0001", fake.responseUrl("f" + ahead.toMinutes()),
                    "trigger-future-" + ahead.toMinutes());
            assertThat(slack.post(bot.httpPort(), body, Instant.now().plus(ahead), Map.of()).statusCode())
                    .as("%s ahead", ahead).isEqualTo(401);
        }
        assertThat(signedHelp("now").statusCode()).isEqualTo(200); // within the window both ways
        assertThat(slack.post(bot.httpPort(), SlackRequests.slashCommand("/help", "", "C0001", fake.responseUrl("soon"),
                "trigger-soon"), Instant.now().plus(Duration.ofMinutes(4)), Map.of()).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> handler.requests.size() == 2);
    }
    @Test
    void aFloodFromOneUserGetsOneSlowDownSeenOnlyByThemAndTheRestIsDropped() throws Exception {
        for (int i = 0; i < 40; i++) {
            assertThat(slack.post(bot.httpPort(), SlackRequests.slashCommand("/search", "flood " + i, "C0001",
                    fake.responseUrl("flood" + i), "trigger-flood-" + i), Instant.now(), Map.of()).statusCode())
                    .isEqualTo(200); // acked at once either way, so Slack does not retry
        }

        await().atMost(WAIT).until(() -> slowDowns().size() == 1);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> handler.requests.size() <= 8);
        assertThat(slowDowns().get(0).body().get("response_type").asText()).isEqualTo("ephemeral");
    }

    private List<FakeSlackServer.ResponsePost> slowDowns() {
        List<FakeSlackServer.ResponsePost> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            fake.responses("flood" + i).stream().filter(r -> r.body().toString().contains("slow down")).forEach(out::add);
        }
        return out;
    }
}
