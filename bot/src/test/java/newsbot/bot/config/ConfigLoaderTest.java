package newsbot.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import newsbot.core.source.NamedOutlet;
import newsbot.core.source.OutletBasis;
import newsbot.core.source.Provenance;
import newsbot.core.source.SourceFacts;
import newsbot.core.source.SourceKind;
import newsbot.core.source.SourceRules;
import newsbot.core.store.DatabaseLocation;
import newsbot.core.store.Dialect;
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
        assertThat(c.database()).isEqualTo(new DatabaseLocation.SqliteFile(repository.resolve("data/newsbot.db")));
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

    /** Several topics are not supported yet: a subscription's topic would be accepted and silently ignored. */
    @Test
    void aSubscriptionTopicIsRefusedWithItsLine() {
        assertThatThrownBy(() -> load("subscriptions:\n  - platform: telegram\n    chat: \"1\"\n    cron: \"0 0 8 * * ?\"\n"
                + "    topic: topics/other.yml\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 5").hasMessageContaining("subscriptions[0].topic")
                .hasMessageContaining("one topic");
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
        assertThat(c.database().file()).contains(etc.resolve("data/n.db").toAbsolutePath());
        assertThat(c.topic()).isEqualTo(etc.resolve("topics/t.yml").toAbsolutePath());
    }

    @Test
    void absolutePathsStayAsWritten() throws Exception {
        Path elsewhere = tmp.resolve("elsewhere").toAbsolutePath();
        BotConfig c = load("database: \"" + elsewhere.resolve("n.db") + "\"\n");

        assertThat(c.database().file()).contains(elsewhere.resolve("n.db"));
    }

    @Test
    void theClusterCheckinIntervalIsTenSecondsUnlessSet() throws Exception {
        assertThat(load("articles: a\n").schedule().clusterCheckinSeconds()).isEqualTo(10);
        assertThat(load("schedule:\n  cluster-checkin-seconds: 3\n").schedule().clusterCheckinSeconds()).isEqualTo(3);
        assertThatThrownBy(() -> load("schedule:\n  cluster-checkin-seconds: 0\n"))
                .hasMessageContaining("schedule.cluster-checkin-seconds");
    }

    @Test
    void aJdbcUrlNamesAPostgresqlDatabase() throws Exception {
        BotConfig c = load("database: jdbc:postgresql://db.example:5432/newsbot?user=newsbot\n");

        assertThat(c.database()).isEqualTo(new DatabaseLocation.Server("jdbc:postgresql://db.example:5432/newsbot?user=newsbot"));
        assertThat(c.database().dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(c.database().file()).isEmpty();
    }

    @Test
    void aPasswordInTheDatabaseUrlIsRefusedWithoutBeingRepeated() {
        assertThatThrownBy(() -> load("database: jdbc:postgresql://h/newsbot?user=n&password=hunter2-fake\n"))
                .hasMessageContaining("database").hasMessageContaining("NEWSBOT_DB_PASSWORD")
                .hasMessageNotContaining("hunter2-fake");
    }

    @Test
    void aDatabaseUrlOfAnotherEngineIsRefused() {
        assertThatThrownBy(() -> load("database: jdbc:mysql://h/newsbot\n"))
                .hasMessageContaining("database").hasMessageContaining("jdbc:postgresql://");
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

    @Test
    void theShippedSourcesNameTheQqFoldersAndTheMinistriesReadouts() throws Exception {
        SourceRules rules = new ConfigLoader().load(Path.of("..", "config", "newsbot.yml")).sources();

        assertThat(rules.resolve(new SourceFacts("D-qqnews-nuz007/2024-09-10/中美两军举行战区领导通话.md", "", NamedOutlet.NONE,
                "中美两军举行战区领导通话"))).isEqualTo(new Provenance("腾讯新闻", SourceKind.NEWS));
        assertThat(rules.resolve(new SourceFacts("D-qqnew/2024-04-17/x.md", "", new NamedOutlet("国防部发布", OutletBasis.TEXT),
                "国防部长董军应约同美国国防部长奥斯汀视频通话"))).isEqualTo(new Provenance("国防部", SourceKind.OFFICIAL));
        assertThat(rules.resolve(new SourceFacts("D-qqnew/2023-12-28/x.md", "", NamedOutlet.NONE,
                "国防部：中美两军视频通话取得积极的建设性成果")).kind()).isEqualTo(SourceKind.OFFICIAL);
        assertThat(rules.resolve(new SourceFacts("D-qqnews-nuz007/2024-09-10/x.md", "", NamedOutlet.NONE,
                "玉渊谭天：中美两军战区领导通话谈了什么"))).isEqualTo(new Provenance("玉渊谭天", SourceKind.COMMENTARY));
        assertThat(rules.resolve(new SourceFacts("notes/x.md", "", NamedOutlet.NONE, "t")).outlet()).isEmpty();
    }

    @Test
    void sourcesAreReadInOrderWithEveryMatcher() throws Exception {
        SourceRules rules = load("""
                sources:
                  - folder: "feeds/mnd"
                    path: "**/*.md"
                    outlet: 国防部
                    kind: official
                  - host: news.qq.com
                    outlet: 腾讯新闻
                  - names: 新华网
                    outlet: 新华社
                  - title: "^评论[：:]"
                    kind: commentary
                """).sources();

        assertThat(rules.rules()).hasSize(4);
        assertThat(rules.resolve(new SourceFacts("feeds/mnd/a.md", "", NamedOutlet.NONE, "t")))
                .isEqualTo(new Provenance("国防部", SourceKind.OFFICIAL));
        assertThat(rules.resolve(new SourceFacts("feeds/mnd/a.txt", "", NamedOutlet.NONE, "t")).outlet()).isEmpty();
        assertThat(rules.resolve(new SourceFacts("x.md", "https://news.qq.com/a/1", new NamedOutlet("news.qq.com", OutletBasis.FILE),
                "t")).outlet()).isEqualTo("腾讯新闻");
        assertThat(rules.resolve(new SourceFacts("x.md", "", new NamedOutlet("新华网", OutletBasis.TEXT), "t")).outlet())
                .isEqualTo("新华社");
        assertThat(rules.resolve(new SourceFacts("x.md", "", NamedOutlet.NONE, "评论：通话之后")).kind())
                .isEqualTo(SourceKind.COMMENTARY);
    }

    @Test
    void noSourcesMeansNoRules() throws Exception {
        assertThat(load("articles: seeds\n").sources().rules()).isEmpty();
        assertThat(load("sources: []\n").sources().rules()).isEmpty();
    }

    @Test
    void aBadSourceRuleIsNamedWithItsLineAndKey() {
        assertThatThrownBy(() -> load("sources:\n  - folder: D-qq*\n    kind: rumour\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 3").hasMessageContaining("sources[0].kind")
                .hasMessageContaining("official, news, commentary");
        assertThatThrownBy(() -> load("sources:\n  - outlet: X\n  - title: \"(unclosed\"\n    kind: news\n"))
                .hasMessageContaining("line 2").hasMessageContaining("sources[0]").hasMessageContaining("something to match");
        assertThatThrownBy(() -> load("sources:\n  - folder: a\n    outlet: A\n  - title: \"(unclosed\"\n    kind: news\n"))
                .hasMessageContaining("line 4").hasMessageContaining("sources[1].title").hasMessageContaining("regular expression");
        assertThatThrownBy(() -> load("sources:\n  - host: https://news.qq.com/\n    outlet: 腾讯新闻\n"))
                .hasMessageContaining("sources[0].host").hasMessageContaining("news.qq.com");
        assertThatThrownBy(() -> load("sources:\n  - folder: a\n    outlet: A\n    site: b\n"))
                .hasMessageContaining("line 4").hasMessageContaining("unknown key \"sources[0].site\"");
        assertThatThrownBy(() -> load("sources:\n  folder: a\n"))
                .hasMessageContaining("sources").hasMessageContaining("expected a list");
    }

    private BotConfig load(String yaml) throws Exception {
        return new ConfigLoader().load(Files.writeString(tmp.resolve("newsbot.yml"), yaml));
    }
}
