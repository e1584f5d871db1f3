package newsbot.bot.render;

import static newsbot.bot.render.Fixtures.ENGLISH;
import static newsbot.bot.render.Fixtures.digest;
import static newsbot.bot.render.Fixtures.large;
import static newsbot.bot.render.Fixtures.longText;
import static newsbot.bot.render.Fixtures.story;
import static newsbot.bot.render.TelegramHtmlRenderer.MAX_MESSAGE_LENGTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import newsbot.core.digest.Source;
import org.junit.jupiter.api.Test;

class TelegramLimitsTest {
    private final TelegramHtmlRenderer renderer = new TelegramHtmlRenderer(ENGLISH);

    @Test
    void manyLongStoriesMakeSeveralMessagesWithinTheLimit() {
        List<String> messages = renderer.digest(large());

        assertThat(messages).hasSizeGreaterThan(3);
        assertThat(messages).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(MAX_MESSAGE_LENGTH));
    }

    @Test
    void everyMessageIsValidMarkupOnItsOwn() {
        assertThat(renderer.digest(large())).allSatisfy(m -> assertThat(TelegramMarkup.problem(m)).isNull());
    }

    @Test
    void splitsOnlyBetweenStories() {
        List<String> messages = renderer.digest(large());

        for (int i = 1; i <= 40; i++) {
            String n = String.format("%02d", i);
            List<String> holding = messages.stream().filter(m -> m.contains("Story " + n + " ")).toList();
            assertThat(holding).as("story %s", n).hasSize(1);
            assertThat(holding.get(0)).contains("Story " + n + " headline", "Title " + n + "/0", "Title " + n + "/2", "reason " + n);
        }
    }

    @Test
    void messagesKeepStoryOrder() {
        String all = String.join("\n", renderer.digest(large()));

        List<Integer> positions = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> all.indexOf(String.format("Story %02d headline", i))).toList();
        assertThat(positions).doesNotContain(-1).isSorted();
    }

    @Test
    void headerStaysWithTheFirstStory() {
        String first = renderer.digest(large()).get(0);

        assertThat(first).startsWith("<b>newsbot digest</b>").contains("Story 01 headline");
    }

    @Test
    void storyLongerThanAMessageDropsSummarySentencesFromTheEnd() {
        List<String> summary = IntStream.range(0, 30).mapToObj(k -> "Sentence " + k + " " + "x".repeat(300) + ".").toList();
        List<String> messages = renderer.digest(digest(story("Long story", summary,
                List.of(new Source("RFI", "https://rfi.fr/1", "t")), "why")));

        assertThat(messages).hasSize(1);
        String html = messages.get(0);
        assertThat(html.length()).isLessThanOrEqualTo(MAX_MESSAGE_LENGTH);
        assertThat(html).contains("Sentence 0 ", "Sentence 11 ").doesNotContain("Sentence 29 ");
        assertThat(html).contains("Long story", "https://rfi.fr/1", "Why: why");
    }

    @Test
    void tenThousandCharacterTitleIsTruncatedWithAnEllipsis() {
        String title = longText("Ten thousand & <more> ", 10_000);
        List<String> messages = renderer.digest(digest(story(title)));

        assertThat(messages).hasSize(1);
        String html = messages.get(0);
        assertThat(html.length()).isLessThanOrEqualTo(MAX_MESSAGE_LENGTH);
        assertThat(TelegramMarkup.problem(html)).isNull();
        String headline = TelegramMarkup.parse(html).select("b").get(1).text();
        assertThat(headline).startsWith("Ten thousand & <more> ").endsWith("…").hasSizeLessThan(4000);
        assertThat(html).contains("RFI title", "Why: ");
    }

    @Test
    void emojiAtTheCutIsNeverBroken() {
        for (int offset = 0; offset < 4; offset++) {
            String title = "x".repeat(offset) + longText("😀👩‍👩‍👧🇨🇳", 10_000);
            List<String> messages = renderer.digest(digest(story(title)));

            assertThat(messages).hasSize(1);
            assertThat(Fixtures.wellFormed(messages.get(0))).as("offset %d", offset).isTrue();
            assertThat(messages.get(0)).doesNotContain("\u200D…");
        }
    }

    @Test
    void manySourcesAreCountedWhenTheyCannotAllBeShown() {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sources.add(new Source("Outlet " + i, "https://example.com/" + "p".repeat(100) + i, "Title " + i));
        }
        String html = renderer.digest(digest(story("Crowded", List.of("One."), sources, "why"))).get(0);

        assertThat(html.length()).isLessThanOrEqualTo(MAX_MESSAGE_LENGTH);
        assertThat(html).contains("<b>Crowded</b>", "Title 0<", "more sources");
        int shown = TelegramMarkup.parse(html).select("a").size();
        assertThat(html).contains("+ " + (200 - shown) + " more sources");
    }

    @Test
    void hugeErrorNoticeIsCutToOneMessage() {
        String html = renderer.notice(Notice.error(longText("<&> ", 20_000)));

        assertThat(html.length()).isLessThanOrEqualTo(MAX_MESSAGE_LENGTH);
        assertThat(TelegramMarkup.problem(html)).isNull();
        assertThat(html).startsWith("<b>Error:</b> &lt;&amp;&gt;").endsWith("…");
    }
}
