package newsbot.bot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import newsbot.bot.logging.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server other endpoints share with Slack's: paths, limits, failures. */
class GuardedHttpServerTest {
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    GuardedHttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = new GuardedHttpServer("127.0.0.1", 0,
                new GuardedHttpServer.Limits(Duration.ofSeconds(5), 1000, 8 * 1024, 16, 64, 2), Clock.systemUTC());
        server.mount("/echo", call -> HttpAnswer.text(200, call.method() + " " + call.query() + " " + call.bodyText()
                + " " + call.header("x-test")));
        server.start();
        server.mount("/health", call -> HttpAnswer.text(200, "ok")); // after start too
        server.mount("/boom", call -> {
            throw new IllegalStateException("secret detail\nFORGED line");
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<String> send(String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).header("X-Test", "yes");
        return http.send(body == null ? b.GET().build() : b.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void eachPathGoesToItsEndpointWithTheWholeRequest() throws Exception {
        assertThat(send("/echo?a=1", "hello").body()).isEqualTo("POST a=1 hello yes");
        assertThat(send("/health", null).body()).isEqualTo("ok");
        assertThat(send("/nothing", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() throws Exception {
        assertThat(send("/echo", "x".repeat(1001)).statusCode()).isEqualTo(413);
        assertThat(send("/echo", "x".repeat(1000)).statusCode()).isEqualTo(200);
    }

    @Test
    void aFailingEndpointAnswers500AndLogsOneLine() throws Exception {
        try (LogCapture log = new LogCapture()) {
            HttpResponse<String> r = send("/boom", "");

            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.body()).doesNotContain("secret");
            assertThat(log.lines()).filteredOn(l -> l.contains("/boom")).singleElement()
                    .satisfies(l -> assertThat(l).contains("IllegalStateException"));
            assertThat(log.text()).doesNotContainPattern("(?m)^FORGED");
        }
    }

    @Test
    void aPathIsServedByOneEndpointOnly() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> server.mount("/health", call -> HttpAnswer.empty(204)))
                .isInstanceOf(IllegalStateException.class);
    }
}
