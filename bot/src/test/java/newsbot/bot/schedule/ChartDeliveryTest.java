package newsbot.bot.schedule;

import static newsbot.bot.schedule.Harness.SLACK_CHANNEL;
import static newsbot.bot.schedule.Harness.TG_CHAT;
import static newsbot.bot.schedule.Harness.occurrences;
import static newsbot.bot.schedule.Harness.sub;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import newsbot.bot.chart.TimelineChart;
import newsbot.bot.slack.SlackFake;
import newsbot.bot.telegram.TelegramFake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chart: true}: the digest is followed by the timeline picture, through the outbox — Telegram's sendPhoto
 * (multipart, with a caption) and Slack's external file upload — once, after the digest's messages, and resumed
 * after a restart when the picture was the part that failed.
 */
class ChartDeliveryTest {
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    java.nio.file.Path tmp;
    Harness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new Harness(tmp);
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    private static String charted(String platform, String chat) {
        return sub(platform, chat, "* * * * * ?") + "  chart: true\n";
    }

    private static void assertIsTheTimelinePicture(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG").isNotNull();
        assertThat(image.getWidth()).isEqualTo(TimelineChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(TimelineChart.HEIGHT);
    }

    @Test
    void telegramGetsTheDigestThenOnePhotoWithACaption() throws Exception {
        h.configure(charted("telegram", TG_CHAT) + sub("telegram", "-100888", "* * * * * ?"));
        Articles.write(h.articles, 1);
        Articles.write(h.articles, 2);
        h.start(Clock.systemUTC());

        await().atMost(WAIT).until(() -> h.telegram.photos(TG_CHAT).size() == 1
                && occurrences(h.telegram.texts("-100888"), "ART-0002") == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> h.telegram.photos(TG_CHAT).size() == 1); // later fires have nothing new

        TelegramFake.Photo photo = h.telegram.photos(TG_CHAT).get(0);
        assertIsTheTimelinePicture(photo.png());
        // the 6 months up to the digest: the test's articles are of 2020, so none
        assertThat(photo.caption()).startsWith("<b>Timeline of contacts · ")
                .contains(" – " + java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        List<String> posts = h.telegram.posts(TG_CHAT);
        assertThat(posts.get(posts.size() - 1)).isEqualTo("sendphoto");
        assertThat(posts).containsOnlyOnce("sendphoto");
        assertThat(occurrences(h.telegram.texts(TG_CHAT), "ART-0002")).isEqualTo(1);
        assertThat(h.telegram.photos("-100888")).as("a subscription without chart: true").isEmpty();
    }

    @Test
    void aPhotoThatFailedBeforeARestartIsSentAfterItOnceAndTheDigestNotAgain() throws Exception {
        h.configure(charted("telegram", TG_CHAT));
        Articles.write(h.articles, 1);
        h.telegram.failNextPhoto(TG_CHAT, 429, "Too Many Requests: retry after 120", 120);
        h.start(Clock.systemUTC());
        await().atMost(WAIT).until(() -> h.count("SELECT count(*) FROM outbox WHERE attempts > 0") == 1);
        h.stop(); // the digest's text is out, its picture is not
        assertThat(h.count("SELECT next_part FROM outbox")).isEqualTo(h.count("SELECT part_count FROM outbox") - 1);
        assertThat(h.telegram.texts(TG_CHAT)).hasSize(1);

        h.start(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(121)));
        await().atMost(WAIT).until(() -> h.count("SELECT count(*) FROM outbox WHERE status = 'sent'") == 1);

        assertThat(h.telegram.photos(TG_CHAT)).hasSize(2); // the refused attempt, then the one accepted
        assertIsTheTimelinePicture(h.telegram.photos(TG_CHAT).get(1).png());
        assertThat(h.telegram.texts(TG_CHAT)).as("the digest's text was not sent again").hasSize(1);
    }

    @Test
    void slackGetsTheDigestThenOneUploadedFileAfterARestart() throws Exception {
        h.configure(charted("slack", SLACK_CHANNEL));
        Articles.write(h.articles, 1);
        h.slack.failNextCompleteUpload(429, "ratelimited", 120);
        h.start(Clock.systemUTC());
        await().atMost(WAIT).until(() -> h.count("SELECT count(*) FROM outbox WHERE attempts > 0") == 1);
        h.stop();
        assertThat(h.slack.uploads(SLACK_CHANNEL)).isEmpty();

        h.start(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(121)));
        await().atMost(WAIT).until(() -> h.slack.uploads(SLACK_CHANNEL).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> h.slack.uploads(SLACK_CHANNEL).size() == 1);

        SlackFake.Upload upload = h.slack.uploads(SLACK_CHANNEL).get(0);
        assertIsTheTimelinePicture(upload.bytes());
        assertThat(upload.comment()).contains("Timeline of contacts · ");
        assertThat(occurrences(h.slack.texts(SLACK_CHANNEL), "ART-0001")).isEqualTo(1);
        List<String> methods = h.slack.methods();
        assertThat(methods.indexOf("chat.postMessage")).isLessThan(methods.indexOf("files.getUploadURLExternal"));
        assertThat(methods).contains("files.completeUploadExternal");
    }
}
