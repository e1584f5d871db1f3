package newsbot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import newsbot.bot.delivery.DigestParts;
import newsbot.core.Digests;
import newsbot.core.delivery.Enqueued;
import newsbot.core.delivery.SubscriptionSpec;
import newsbot.core.store.DatabaseLocation;
import newsbot.core.store.pg.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `newsbot migrate --from FILE.db --to JDBC_URL` on a real PostgreSQL: everything moves, nothing is sent again. */
class MigrateCliTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final String CHAT = "-100777";
    private static final Instant SUBSCRIBED = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant FIRE = Instant.parse("2026-11-23T08:00:00Z");
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aSqliteDatabaseMovesToPostgresqlWithItsArticlesStoriesSubscriptionsAndOutbox() throws Exception {
        Path file = tmp.resolve("n.db");
        try (Digests sqlite = Digests.open(file, CliRun.TOPIC, Clock.systemUTC())) { // subscribed before the ingest
            sqlite.delivery().putChatSubscription(new SubscriptionSpec("telegram:" + CHAT, "telegram", CHAT,
                    "0 0 8 * * ?", "UTC", "zh", "silent", Optional.empty(), SubscriptionSpec.Origin.CHAT), SUBSCRIBED);
        }
        assertThat(CliRun.in(tmp, "ingest", "--articles", SEEDS.toString()).exitCode()).isZero();
        Enqueued composed;
        try (Digests sqlite = Digests.open(file, CliRun.TOPIC, Clock.systemUTC())) {
            composed = sqlite.delivery().compose("telegram:" + CHAT, FIRE, new DigestParts(), FIRE);
        }
        assertThat(composed.outboxId()).isPresent();
        String url = TestDatabases.server().newDatabase();

        CliRun run = CliRun.of("migrate", "--from", file.toString(), "--to", url);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("articles", "events", "outbox", "search index");
        assertThat(listed("--db", url)).isEqualTo(listed("--db", file.toString()));
        assertThat(found(url, "董军")).isNotEmpty().isEqualTo(found(file.toString(), "董军"));
        assertThat(stories(url)).isEqualTo(stories(file.toString()));
        try (Digests pg = Digests.open(DatabaseLocation.parse(url, tmp), CliRun.TOPIC, Clock.systemUTC())) {
            assertThat(pg.delivery().subscriptions()).singleElement()
                    .satisfies(s -> assertThat(s.subscriber()).isEqualTo("telegram:" + CHAT));
            assertThat(pg.delivery().counts().pending()).isEqualTo(1);
            assertThat(pg.delivery().pending("telegram:" + CHAT)).singleElement()
                    .satisfies(d -> assertThat(d.id()).isEqualTo(composed.outboxId().get()));
            // the fire composed on SQLite is not composed again, and the next id follows the copied ones
            assertThat(pg.delivery().compose("telegram:" + CHAT, FIRE, new DigestParts(), FIRE).duplicate()).isTrue();
            Enqueued next = pg.delivery().compose("telegram:" + CHAT, FIRE.plusSeconds(86_400), new DigestParts(),
                    FIRE.plusSeconds(86_400));
            next.outboxId().ifPresent(id -> assertThat(id).isGreaterThan(composed.outboxId().get()));
        }
    }

    @Test
    void aTargetThatHoldsAnythingIsRefusedAndKeepsWhatItHas() throws Exception {
        Path file = tmp.resolve("n.db");
        CliRun.in(tmp, "ingest", "--articles", SEEDS.toString());
        String url = TestDatabases.server().newDatabase();
        assertThat(CliRun.of("migrate", "--from", file.toString(), "--to", url).exitCode()).isZero();
        JsonNode before = listed("--db", url);

        CliRun again = CliRun.of("migrate", "--from", file.toString(), "--to", url);

        assertThat(again.exitCode()).isEqualTo(4);
        assertThat(again.err()).contains("not empty").hasLineCount(1);
        assertThat(listed("--db", url)).isEqualTo(before);
    }

    @Test
    void aMissingSourceOrAServerThatIsNotThereIsOneLine() throws Exception {
        CliRun missing = CliRun.of("migrate", "--from", tmp.resolve("none.db").toString(), "--to",
                TestDatabases.server().newDatabase());
        assertThat(missing.exitCode()).isEqualTo(4);
        assertThat(missing.err()).contains("none.db").hasLineCount(1);
        assertThat(tmp.resolve("none.db")).doesNotExist();

        CliRun.in(tmp, "ingest", "--articles", SEEDS.toString());
        CliRun down = CliRun.of("migrate", "--from", tmp.resolve("n.db").toString(), "--to",
                "jdbc:postgresql://127.0.0.1:1/newsbot?user=newsbot&connectTimeout=2");
        assertThat(down.exitCode()).isEqualTo(4);
        assertThat(down.err()).contains("127.0.0.1:1").hasLineCount(1);
    }

    private JsonNode listed(String... db) throws Exception {
        CliRun run = CliRun.of(db[0], db[1], "list", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return json.readTree(run.out());
    }

    private JsonNode found(String db, String query) throws Exception {
        CliRun run = CliRun.of("--db", db, "search", query, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return json.readTree(run.out()).get("results").findValues("path").stream().collect(
                json::createArrayNode, (a, v) -> a.add(v), (a, b) -> a.addAll(b));
    }

    private JsonNode stories(String db) throws Exception {
        CliRun run = CliRun.of("--db", db, "stories", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return json.readTree(run.out());
    }
}
