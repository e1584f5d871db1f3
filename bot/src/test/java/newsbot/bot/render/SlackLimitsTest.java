package newsbot.bot.render;

import static newsbot.bot.render.Fixtures.ENGLISH;
import static newsbot.bot.render.Fixtures.digest;
import static newsbot.bot.render.Fixtures.large;
import static newsbot.bot.render.Fixtures.longText;
import static newsbot.bot.render.Fixtures.story;
import static newsbot.bot.render.SlackRenderer.MAX_BLOCKS;
import static newsbot.bot.render.SlackRenderer.MAX_FALLBACK_LENGTH;
import static newsbot.bot.render.SlackRenderer.MAX_HEADER_LENGTH;
import static newsbot.bot.render.SlackRenderer.MAX_TEXT_LENGTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import newsbot.core.digest.Source;
import org.junit.jupiter.api.Test;

class SlackLimitsTest {
    private final SlackRenderer renderer = new SlackRenderer(ENGLISH);

    @Test
    void manyStoriesMakeSeveralMessagesOfAtMostFiftyBlocks() {
        List<SlackMessage> messages = renderer.digest(large());

        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages).allSatisfy(m -> assertThat(m.blocks()).hasSizeLessThanOrEqualTo(MAX_BLOCKS));
    }

    @Test
    void everyTextBlockAndFallbackIsWithinItsLimit() {
        List<SlackMessage> messages = renderer.digest(large());

        assertThat(messages).allSatisfy(m -> {
            assertThat(m.text().length()).isLessThanOrEqualTo(MAX_FALLBACK_LENGTH);
            assertThat(blockTexts(m)).allSatisfy(t -> assertThat(t.length()).isBetween(1, MAX_TEXT_LENGTH));
        });
    }

    @Test
    void splitsOnlyBetweenStoriesAndKeepsOrder() {
        List<SlackMessage> messages = renderer.digest(large());

        int last = -1;
        for (int i = 1; i <= 40; i++) {
            String n = String.format("%02d", i);
            List<Integer> holding = IntStream.range(0, messages.size())
                    .filter(k -> messages.get(k).blocksJson().contains("Story " + n + " ")).boxed().toList();
            assertThat(holding).as("story %s", n).hasSize(1);
            assertThat(messages.get(holding.get(0)).blocksJson()).contains("Story " + n + " headline", "Title " + n + "/2", "reason " + n);
            assertThat(holding.get(0)).isGreaterThanOrEqualTo(last);
            last = holding.get(0);
        }
    }

    @Test
    void longSummaryIsShortenedToFitASection() {
        List<String> summary = IntStream.range(0, 20).mapToObj(k -> "Sentence " + k + " " + "y".repeat(400) + ".").toList();
        SlackMessage message = renderer.digest(digest(story("Long", summary, List.of(new Source("RFI", "https://rfi.fr/1", "t")), "why"))).get(0);

        assertThat(blockTexts(message)).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(MAX_TEXT_LENGTH));
        assertThat(message.text()).contains("Sentence 0 ", "<https://rfi.fr/1|t>", "Why: why").doesNotContain("Sentence 19 ");
    }

    @Test
    void tenThousandCharacterTitleWithEmojiIsCutSafely() {
        SlackMessage message = renderer.digest(digest(story(longText("🇨🇳 *news* ", 10_000)))).get(0);

        assertThat(blockTexts(message)).allSatisfy(t -> {
            assertThat(t.length()).isLessThanOrEqualTo(MAX_TEXT_LENGTH);
            assertThat(Fixtures.wellFormed(t)).isTrue();
        });
        String headline = blockTexts(message).get(2).lines().findFirst().orElseThrow();
        assertThat(headline).endsWith("…*\u200B");
        long flagHalves = headline.codePoints().filter(cp -> cp >= 0x1F1E6 && cp <= 0x1F1FF).count();
        assertThat(flagHalves % 2).as("no half flag").isZero();
    }

    private static List<String> blockTexts(SlackMessage message) {
        List<String> all = SlackTexts.all(message);
        return all.subList(1, all.size());
    }

    @Test
    void headerBlockIsPlainTextOfAtMost150Characters() {
        ZoneId longZone = ZoneId.of("America/Argentina/ComodRivadavia");
        SlackMessage message = new SlackRenderer(RenderSettings.english(longZone)).digest(large()).get(0);

        @SuppressWarnings("unchecked")
        Map<String, Object> text = (Map<String, Object>) message.blocks().get(0).get("text");
        assertThat(message.blocks().get(0)).containsEntry("type", "header");
        assertThat(text).containsEntry("type", "plain_text");
        assertThat(((String) text.get("text")).length()).isLessThanOrEqualTo(MAX_HEADER_LENGTH);
    }

    @Test
    void blocksSerialiseAsJsonArray() {
        String json = renderer.digest(digest(story("a \"quoted\" headline"))).get(0).blocksJson();

        assertThat(json).startsWith("[{\"type\":\"header\"").contains("a \\\"quoted\\\" headline");
    }
}
