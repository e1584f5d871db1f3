package newsbot.bot.render;

import static newsbot.bot.render.Fixtures.ENGLISH;
import static newsbot.bot.render.Fixtures.digest;
import static newsbot.bot.render.Fixtures.story;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsbot.core.digest.Source;
import org.junit.jupiter.api.Test;

class SlackEscapingTest {
    private static final String PINGS = "<!channel> <!here|here> <!everyone> <@U12345> <#C123|general> @here @channel @everyone @bob";
    private final SlackRenderer renderer = new SlackRenderer(ENGLISH);

    private SlackMessage render(String text, List<Source> sources) {
        List<SlackMessage> messages = renderer.digest(digest(story(text, List.of(text), sources, text)));
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    @Test
    void articleTextCannotPingAnyone() {
        SlackMessage message = render(PINGS, List.of(new Source(PINGS, "https://a.example/x", PINGS)));

        assertThat(SlackTexts.all(message)).allSatisfy(t -> assertThat(SlackTexts.liveSequence(t)).isNull());
    }

    @Test
    void controlSequencesAreShownAsTheirText() {
        SlackMessage message = render("<!channel> & <@U12345>", List.of());

        assertThat(message.text()).contains("&lt;!channel&gt; &amp; &lt;@\u200BU12345&gt;");
        assertThat(SlackTexts.visible(message.text())).contains("<!channel> & <@U12345>");
    }

    @Test
    void bareMentionsGetAZeroWidthSpace() {
        SlackMessage message = render("@here @channel @everyone", List.of());

        assertThat(message.text()).contains("@\u200Bhere @\u200Bchannel @\u200Beveryone");
    }

    @Test
    void mrkdwnCharactersInArticleTextCannotFormat() {
        SlackMessage message = render("*bold* _it_ ~s~ `code`", List.of());

        String headlineSection = SlackTexts.all(message).get(3);
        assertThat(headlineSection).contains("∗bold∗ ˍitˍ ∼s∼ ˋcodeˋ");
        assertThat(headlineSection.replace("\u200B*", "").replace("*\u200B", "").replace("\u200B_", "").replace("_\u200B", ""))
                .doesNotContain("*", "_", "~", "`");
    }

    @Test
    void quoteMarkerAtLineStartIsDefused() {
        SlackMessage message = render("> quoted", List.of());

        assertThat(message.text()).doesNotContain("\n&gt;").contains("＞ quoted");
    }

    @Test
    void linkLabelCannotCloseOrSplitTheLink() {
        SlackMessage message = render("h", List.of(new Source("RFI", "https://a.example/?x=1&y=<2>|3", "a|b <c> d")));

        assertThat(message.text()).contains("<https://a.example/?x=1&amp;y=%3C2%3E%7C3|a¦b &lt;c&gt; d>");
    }

    @Test
    void javascriptUrlIsNotALink() {
        SlackMessage message = render("h", List.of(new Source("Evil", "javascript:alert(1)", "click")));

        assertThat(message.text()).contains("• Evil: click").doesNotContain("javascript");
    }

    @Test
    void hostileSearchQueryIsEscapedInTheHeader() {
        SlackMessage message = renderer.search(new SearchResultView("<!here> *x*", 1, false, 0, List.of())).get(0);

        assertThat(SlackTexts.liveSequence(message.text())).isNull();
        assertThat(message.text()).contains("&lt;!here&gt; ∗x∗");
    }
}
