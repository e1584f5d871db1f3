package newsbot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import newsbot.bot.chat.RecordingSleeper;
import newsbot.bot.chat.Secret;
import newsbot.bot.chat.TestHandler;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Socket Mode end to end: apps.connections.open on the fake Web API hands out a local WebSocket server. */
class SlackSocketModeTest {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();

    FakeSlackServer fake;
    FakeSocketModeServer socket;
    TestHandler handler = new TestHandler();
    SlackBot bot;

    static final class FakeSocketModeServer extends WebSocketServer {
        final List<WebSocket> connections = new CopyOnWriteArrayList<>();
        final List<String> received = new CopyOnWriteArrayList<>();
        final CountDownLatch started = new CountDownLatch(1);

        FakeSocketModeServer() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            connections.add(conn);
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A0001\"},"
                    + "\"debug_info\":{\"host\":\"fake\"}}");
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            connections.remove(conn);
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            received.add(message);
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            // the client going away at the end of a test is expected
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }

    @BeforeEach
    void start() throws Exception {
        fake = new FakeSlackServer();
        socket = new FakeSocketModeServer();
        socket.start();
        assertThat(socket.started.await(5, TimeUnit.SECONDS)).isTrue();
        fake.socketModeUrl("ws://127.0.0.1:" + socket.getPort() + "/link");
        bot = new SlackBot(SlackSecrets.forSocketMode(new Secret("fake-slack-bot-token-0000000000"),
                new Secret("fake-slack-app-token-0000000000")),
                SlackSettings.defaults().withApiUrl(fake.apiUrl()), handler, (p, c, f) -> { }, Clock.systemUTC(),
                new RecordingSleeper());
        bot.start();
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
        socket.stop(1000);
        fake.close();
    }

    @Test
    void slashCommandOverSocketModeIsAckedAndAnswered() {
        await().atMost(WAIT).until(() -> !socket.connections.isEmpty());
        assertThat(fake.calls("apps.connections.open")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.authorization()).isEqualTo("Bearer fake-slack-app-token-0000000000"));
        assertThat(bot.httpPort()).isEqualTo(-1);

        ObjectNode payload = JSON.createObjectNode().put("token", "unused").put("team_id", "T0001")
                .put("team_domain", "fake").put("channel_id", "C0001").put("channel_name", "general")
                .put("user_id", "U0001").put("user_name", "ann").put("command", "/search").put("text", "董军")
                .put("api_app_id", "A0001").put("response_url", fake.responseUrl("s1"))
                .put("trigger_id", "trigger-s1");
        ObjectNode envelope = JSON.createObjectNode().put("envelope_id", "env-1").put("type", "slash_commands")
                .put("accepts_response_payload", true);
        envelope.set("payload", payload);
        socket.connections.get(0).send(envelope.toString());

        await().atMost(WAIT).until(() -> socket.received.stream().anyMatch(m -> m.contains("env-1")));
        await().atMost(WAIT).until(() -> fake.responses("s1").size() == 1);
        assertThat(fake.responses("s1").get(0).body().get("text").asText()).isEqualTo("*董军* page 1");
    }
}
