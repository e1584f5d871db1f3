package newsbot.bot.render;

import static newsbot.bot.render.Fixtures.CHINESE;
import static newsbot.bot.render.Fixtures.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SearchRenderingTest {
    private static SearchResultView.Hit hit(String snippet, Range... highlights) {
        return new SearchResultView.Hit("Defence chiefs talk", "RFI", "https://rfi.fr/a", Optional.of(LocalDate.of(2024, 4, 16)),
                snippet, List.of(highlights));
    }

    private static SearchResultView view(SearchResultView.Hit... hits) {
        return new SearchResultView("Dong Jun", 1, false, hits.length, List.of(hits));
    }

    @Test
    void telegramHighlightsAreBold() {
        String html = new TelegramHtmlRenderer(ENGLISH).search(view(hit("minister Dong Jun spoke", new Range(9, 17)))).get(0);

        assertThat(html).contains("minister <b>Dong Jun</b> spoke");
    }

    @Test
    void telegramHitHasLinkedTitleOutletAndDate() {
        String html = new TelegramHtmlRenderer(ENGLISH).search(view(hit("s"))).get(0);

        assertThat(html).isEqualTo("<b>Search: “Dong Jun”</b> · 1 result · page 1\n\n"
                + "<b><a href=\"https://rfi.fr/a\">Defence chiefs talk</a></b>\n<i>RFI · 16 Apr 2024</i>\ns");
    }

    @Test
    void telegramHighlightOfHostileTextStaysEscaped() {
        String html = new TelegramHtmlRenderer(ENGLISH).search(view(hit("a <b>x</b> & y", new Range(2, 10)))).get(0);

        assertThat(TelegramMarkup.problem(html)).isNull();
        assertThat(html).contains("a <b>&lt;b&gt;x&lt;/b&gt;</b> &amp; y");
    }

    @Test
    void slackHighlightsAreBoldEvenInsideChineseText() {
        String text = new SlackRenderer(CHINESE).search(view(hit("美国防长与董军通话", new Range(5, 7)))).get(0).text();

        assertThat(text).contains("美国防长与\u200B*董军*\u200B通话");
    }

    @Test
    void slackHighlightContainingMrkdwnCharactersCannotBreakTheBold() {
        String text = new SlackRenderer(ENGLISH).search(view(hit("x *a_b~c`d* y", new Range(2, 11)))).get(0).text();

        assertThat(text).contains("x \u200B*∗aˍb∼cˋd∗*\u200B y");
    }

    @Test
    void slackHighlightWhitespaceMovesOutsideTheAsterisks() {
        String text = new SlackRenderer(ENGLISH).search(view(hit("met  Dong Jun  today", new Range(3, 15)))).get(0).text();

        assertThat(text).contains("met \u200B*Dong Jun*\u200B today");
    }

    @Test
    void plainHighlightsUseGuillemets() {
        String text = new PlainTextRenderer(ENGLISH).search(view(hit("minister Dong Jun spoke", new Range(9, 17))));

        assertThat(text).contains("  minister «Dong Jun» spoke\n");
    }

    @Test
    void overlappingAndOutOfRangeHighlightsAreMerged() {
        String text = new PlainTextRenderer(ENGLISH).search(view(hit("abcdefgh", new Range(1, 3), new Range(2, 5), new Range(7, 99))));

        assertThat(text).contains("a«bcde»fg«h»");
    }

    @Test
    void highlightEdgeInsideAnEmojiWidensToTheWholeEmoji() {
        String text = new PlainTextRenderer(ENGLISH).search(view(hit("a😀b", new Range(2, 3))));

        assertThat(text).contains("a«😀»b");
    }

    @Test
    void mentionSplitAcrossAHighlightIsStillDefused() {
        String html = new TelegramHtmlRenderer(ENGLISH).search(view(hit("say @here now", new Range(5, 9)))).get(0);

        assertThat(html).contains("say @\u200B<b>here</b> now");
    }

    @Test
    void noHitsSaysSoWithTheQueryEscaped() {
        SearchResultView none = new SearchResultView("<script>", 1, false, 0, List.of());

        assertThat(new TelegramHtmlRenderer(ENGLISH).search(none)).containsExactly("No results for “&lt;script&gt;”.");
        assertThat(new PlainTextRenderer(CHINESE).search(none)).isEqualTo("没有找到“<script>”的结果。");
    }

    @Test
    void morePagesArePointedTo() {
        SearchResultView first = new SearchResultView("q", 1, true, 30, List.of(hit("s")));

        assertThat(String.join("", new TelegramHtmlRenderer(ENGLISH).search(first))).endsWith("<i>More results on page 2.</i>");
        assertThat(new PlainTextRenderer(CHINESE).search(first)).contains("更多结果见第 2 页。");
    }

    @Test
    void manyLongHitsSplitBetweenHitsWithinLimits() {
        List<SearchResultView.Hit> hits = IntStream.range(0, 30)
                .mapToObj(i -> new SearchResultView.Hit("Hit " + i, "RFI", "https://rfi.fr/" + i, Optional.empty(),
                        "snippet " + i + " " + "z&".repeat(1500), List.of(new Range(0, 7))))
                .toList();
        SearchResultView view = new SearchResultView("z", 1, true, 300, hits);

        List<String> telegram = new TelegramHtmlRenderer(ENGLISH).search(view);
        List<SlackMessage> slack = new SlackRenderer(ENGLISH).search(view);

        assertThat(telegram).hasSizeGreaterThan(1)
                .allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(TelegramHtmlRenderer.MAX_MESSAGE_LENGTH))
                .allSatisfy(m -> assertThat(TelegramMarkup.problem(m)).isNull());
        assertThat(telegram.get(telegram.size() - 1)).endsWith("More results on page 2.</i>");
        assertThat(slack).allSatisfy(m -> assertThat(SlackTexts.all(m).subList(1, SlackTexts.all(m).size()))
                .allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(SlackRenderer.MAX_TEXT_LENGTH)));
        assertThat(String.join("", telegram)).contains("<b>snippet</b> 0 ", "…");
    }

    private static SearchResultView corrected(SearchResultView.Hit... hits) {
        return new SearchResultView("Austen <b>", 1, false, hits.length, false, 1, List.of(hits),
                List.of(new SearchResultView.Correction("Austen <b>", "Austin")), List.of());
    }

    @Test
    void aCorrectedNameIsSaidUnderTheHeaderInEveryRendering() {
        SearchResultView view = corrected(hit("s"));

        assertThat(new TelegramHtmlRenderer(ENGLISH).search(view).get(0))
                .contains("\n<i>Showing results for “Austin” (you typed “Austen &lt;b&gt;”).</i>\n");
        assertThat(String.join("\n", SlackTexts.all(new SlackRenderer(ENGLISH).search(view).get(0))))
                .contains("_Showing results for “Austin” (you typed “Austen &lt;b&gt;”)._");
        assertThat(new PlainTextRenderer(CHINESE).search(view)).contains("以下是“Austin”的结果（您输入的是“Austen <b>”）。");
    }

    @Test
    void aPagePastTheEndSaysHowManyPagesThereAre() {
        SearchResultView past = new SearchResultView("q", 7, false, 23, false, 3, List.of(), List.of(), List.of());

        assertThat(new TelegramHtmlRenderer(ENGLISH).search(past)).containsExactly(
                "Page 7 is past the end: there are 3 pages of results.");
        assertThat(new PlainTextRenderer(CHINESE).search(past)).isEqualTo("第 7 页已超出范围：结果只有 3 页。");
        assertThat(String.join("\n", SlackTexts.all(new SlackRenderer(ENGLISH).search(past).get(0))))
                .contains("Page 7 is past the end: there are 3 pages of results.");
    }

    @Test
    void nothingFoundSuggestsNearNames() {
        SearchResultView none = new SearchResultView("hotlin", 1, false, 0, false, 1, List.of(), List.of(),
                List.of("hotline", "hot line"));

        assertThat(new TelegramHtmlRenderer(ENGLISH).search(none)).containsExactly(
                "No results for “hotlin”. Did you mean “hotline” or “hot line”?");
    }

    @Test
    void anExactTotalHasNoPlus() {
        SearchResultView first = new SearchResultView("q", 1, true, 23, false, 3, List.of(hit("s")), List.of(), List.of());

        assertThat(new PlainTextRenderer(ENGLISH).search(first)).startsWith("Search: “q” · 23 results · page 1");
    }
}
