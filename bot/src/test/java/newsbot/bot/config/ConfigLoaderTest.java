package newsbot.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void theShippedConfigurationLoads() throws Exception {
        BotConfig c = new ConfigLoader().load(Path.of("..", "config", "newsbot.yml"));

        Path repository = Path.of("..").toAbsolutePath().normalize();
        assertThat(c.articles()).isEqualTo(repository.resolve("seeds"));
        assertThat(c.database()).isEqualTo(repository.resolve("data/newsbot.db"));
        assertThat(c.topic()).isEqualTo(repository.resolve("config/topics/us-china-military.yml")).isRegularFile();
        assertThat(c.maxFileBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(c.telegram().apiUrl()).isEqualTo("https://api.telegram.org");
        assertThat(c.slack().mode()).isEqualTo("socket");
        assertThat(c.subscriptions()).isEmpty();
    }

    @Test
    void subscriptionsAreReadWithTheirZoneAndLanguage() throws Exception {
        BotConfig c = load("""
                subscriptions:
                  - platform: telegram
                    chat: "-100123"
                    cron: "0 0 8 * * ?"
                    zone: Asia/Shanghai
                    language: zh
                  - platform: slack
                    chat: C0123
                    cron: "0 30 9 ? * MON-FRI"
                    when-empty: notice
                telegram:
                  admins: [42, 43]
                """);

        assertThat(c.subscriptions()).hasSize(2);
        assertThat(c.subscriptions().get(0).zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(c.subscriptions().get(0).language()).isEqualTo("zh");
        assertThat(c.subscriptions().get(1).whenEmpty()).isEqualTo("notice");
        assertThat(c.subscriptions().get(1).language()).isEqualTo("source");
        assertThat(c.telegram().admins()).containsExactlyInAnyOrder(42L, 43L);
    }

    @Test
    void unknownKeyIsNamedWithItsLine() {
        assertThatThrownBy(() -> load("articles: seeds\ntelegram:\n  api-url: https://x.example\n  admin: [1]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 4").hasMessageContaining("telegram.admin");
    }

    @Test
    void badCronIsNamedWithItsKeyAndLine() {
        assertThatThrownBy(() -> load("subscriptions:\n  - platform: telegram\n    chat: \"1\"\n    cron: every morning\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 4").hasMessageContaining("subscriptions[0].cron");
    }

    @Test
    void badZoneAndBadPlatformAreRefused() {
        assertThatThrownBy(() -> load("subscriptions:\n  - platform: telegram\n    chat: \"1\"\n    cron: \"0 0 8 * * ?\"\n    zone: Mars/Olympus\n"))
                .hasMessageContaining("subscriptions[0].zone");
        assertThatThrownBy(() -> load("subscriptions:\n  - platform: irc\n    chat: \"1\"\n    cron: \"0 0 8 * * ?\"\n"))
                .hasMessageContaining("subscriptions[0].platform").hasMessageContaining("telegram");
    }

    @Test
    void invalidYamlIsRefusedWithTheFileName() {
        assertThatThrownBy(() -> load("articles: [unclosed\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("newsbot.yml").hasMessageContaining("YAML");
    }

    @Test
    void nonNumericTelegramAdminIsRefused() {
        assertThatThrownBy(() -> load("telegram:\n  admins: [alice]\n"))
                .hasMessageContaining("telegram.admins[0]").hasMessageContaining("numeric");
    }

    @Test
    void relativePathsAreTakenFromTheConfigurationFilesFolderNotTheWorkingDirectory() throws Exception {
        Path etc = Files.createDirectories(tmp.resolve("etc/newsbot"));
        BotConfig c = new ConfigLoader().load(Files.writeString(etc.resolve("newsbot.yml"),
                "articles: ../../articles\ndatabase: data/n.db\ntopic: topics/t.yml\n"));

        assertThat(c.articles()).isEqualTo(tmp.resolve("articles").toAbsolutePath());
        assertThat(c.database()).isEqualTo(etc.resolve("data/n.db").toAbsolutePath());
        assertThat(c.topic()).isEqualTo(etc.resolve("topics/t.yml").toAbsolutePath());
    }

    @Test
    void absolutePathsStayAsWritten() throws Exception {
        Path elsewhere = tmp.resolve("elsewhere").toAbsolutePath();
        BotConfig c = load("database: \"" + elsewhere.resolve("n.db") + "\"\n");

        assertThat(c.database()).isEqualTo(elsewhere.resolve("n.db"));
    }

    @Test
    void withoutATopicKeyTheBundledTopicIsUsed() throws Exception {
        BotConfig c = load("articles: seeds\n");

        assertThat(BundledTopic.is(c.topic())).isTrue();
        assertThat(Files.readString(c.topic()))
                .isEqualTo(Files.readString(Path.of("..", "config", "topics", "us-china-military.yml")));
    }

    @Test
    void aTelegramThreadMakesTheSubscriptionThatForumTopics() throws Exception {
        BotConfig c = load("subscriptions:\n  - platform: telegram\n    chat: \"-100123\"\n    thread: 42\n"
                + "    cron: \"0 0 8 * * ?\"\n");

        assertThat(c.subscriptions().get(0).chat()).isEqualTo("-100123/42");
        assertThat(c.subscriptions().get(0).key()).isEqualTo("telegram:-100123/42");
    }

    @Test
    void aThreadIsRefusedForSlackAndWhenNotAPositiveNumber() {
        assertThatThrownBy(() -> load("subscriptions:\n  - platform: slack\n    chat: C1\n    thread: 42\n"
                + "    cron: \"0 0 8 * * ?\"\n")).hasMessageContaining("line 4").hasMessageContaining("subscriptions[0].thread");
        assertThatThrownBy(() -> load("subscriptions:\n  - platform: telegram\n    chat: \"-1\"\n    thread: general\n"
                + "    cron: \"0 0 8 * * ?\"\n")).hasMessageContaining("subscriptions[0].thread");
        assertThatThrownBy(() -> load("subscriptions:\n  - platform: telegram\n    chat: \"-1/5\"\n"
                + "    cron: \"0 0 8 * * ?\"\n")).hasMessageContaining("subscriptions[0].chat").hasMessageContaining("thread");
    }

    @Test
    void theHealthServerIsOffByDefaultAndReadWithItsHost() throws Exception {
        assertThat(load("articles: seeds\n").server().port()).isEmpty();
        assertThat(load("articles: seeds\n").server().host()).isEqualTo("127.0.0.1");

        BotConfig c = load("server:\n  port: 9464\n  host: 0.0.0.0\n");

        assertThat(c.server().port()).hasValue(9464);
        assertThat(c.server().host()).isEqualTo("0.0.0.0");
        assertThat(load("server:\n  port: 0\n").server().port()).hasValue(0);
    }

    @Test
    void aBadServerPortIsNamedWithItsLine() {
        assertThatThrownBy(() -> load("articles: seeds\nserver:\n  port: 99999\n"))
                .hasMessageContaining("line 3").hasMessageContaining("server.port");
        assertThatThrownBy(() -> load("server:\n  prot: 9464\n")).hasMessageContaining("server.prot");
    }

    private BotConfig load(String yaml) throws Exception {
        return new ConfigLoader().load(Files.writeString(tmp.resolve("newsbot.yml"), yaml));
    }
}
