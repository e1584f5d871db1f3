package newsbot.bot.render;

import static newsbot.bot.render.Fixtures.ENGLISH;
import static newsbot.bot.render.Fixtures.UNTIL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import newsbot.core.digest.Digest;
import newsbot.core.digest.DigestStory;
import newsbot.core.digest.Source;
import org.junit.jupiter.api.Test;

/** Random hostile digests (fixed seed): every message must stay valid, within limits and unable to ping. */
class HostileFuzzTest {
    private static final String[] PIECES = {"<", ">", "&", "\"", "'", "*", "_", "~", "`", "|", "@", "@here", "<!channel>",
            "<@U1>", "&amp;", "&lt;", "</b>", "<b>", "<a href=\"javascript:x\">", "\n", "\r", "\t", "\u0000", "\u001B[2J",
            "\u202E", "\u200D", "\uFE0F", "😀", "🇨🇳", "👩\u200D👩\u200D👧", "e\u0301", "\uD83D", "\uDE00", "董军", "。", " ", "word"};
    private final Random random = new Random(20240417);

    private String hostile(int maxPieces) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(maxPieces + 1);
        for (int i = 0; i < n; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    private Digest randomDigest() {
        List<DigestStory> stories = new ArrayList<>();
        int count = 1 + random.nextInt(25);
        for (int i = 0; i < count; i++) {
            List<String> summary = new ArrayList<>();
            for (int k = random.nextInt(8); k > 0; k--) {
                summary.add(hostile(300));
            }
            List<Source> sources = new ArrayList<>();
            for (int k = random.nextInt(6); k > 0; k--) {
                String url = random.nextBoolean() ? "https://x.example/" + hostile(20) : hostile(5) + "javascript:" + hostile(5);
                sources.add(new Source(hostile(10), url, hostile(60)));
            }
            stories.add(new DigestStory(i, hostile(random.nextInt(10) == 0 ? 3000 : 30), Optional.empty(), summary,
                    random.nextBoolean(), sources, hostile(20)));
        }
        return new Digest(Optional.of(Fixtures.SINCE), UNTIL, count * 3, stories);
    }

    @Test
    void telegramMessagesStayValidAndWithinTheLimit() {
        TelegramHtmlRenderer renderer = new TelegramHtmlRenderer(ENGLISH);
        for (int round = 0; round < 30; round++) {
            for (String message : renderer.digest(randomDigest())) {
                assertThat(message.length()).isLessThanOrEqualTo(TelegramHtmlRenderer.MAX_MESSAGE_LENGTH);
                assertThat(TelegramMarkup.problem(message)).as("round %d", round).isNull();
                assertThat(Fixtures.wellFormed(message)).isTrue();
                assertThat(TelegramMarkup.parse(message).select("a"))
                        .allSatisfy(a -> assertThat(a.attr("href")).startsWith("https://x.example/"));
            }
        }
    }

    @Test
    void slackMessagesStayWithinLimitsAndCannotPing() {
        SlackRenderer renderer = new SlackRenderer(ENGLISH);
        for (int round = 0; round < 30; round++) {
            for (SlackMessage message : renderer.digest(randomDigest())) {
                assertThat(message.blocks()).hasSizeLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS);
                assertThat(message.text().length()).isLessThanOrEqualTo(SlackRenderer.MAX_FALLBACK_LENGTH);
                List<String> texts = SlackTexts.all(message);
                assertThat(texts.subList(1, texts.size())).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(SlackRenderer.MAX_TEXT_LENGTH));
                for (String t : texts) {
                    assertThat(SlackTexts.liveSequence(t)).as("live sequence in %s", t).isNull();
                    assertThat(Fixtures.wellFormed(t)).isTrue();
                }
            }
        }
    }

    @Test
    void plainTextHasNoControlCharactersBesidesLineBreaks() {
        PlainTextRenderer renderer = new PlainTextRenderer(ENGLISH);
        for (int round = 0; round < 30; round++) {
            String text = renderer.digest(randomDigest());
            assertThat(text.chars().filter(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t')).isEmpty();
            assertThat(Fixtures.wellFormed(text)).isTrue();
        }
    }
}
