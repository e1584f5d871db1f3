package newsbot.bot.render;

import static newsbot.bot.render.Fixtures.ENGLISH;
import static newsbot.bot.render.Fixtures.digest;
import static newsbot.bot.render.Fixtures.story;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsbot.core.digest.Source;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TelegramEscapingTest {
    private static final String HOSTILE = "<script>alert(1)</script> </b> &amp; <a href=\"javascript:alert(2)\">x</a> <i>";
    private final TelegramHtmlRenderer renderer = new TelegramHtmlRenderer(ENGLISH);

    private String render(String headline, List<String> summary, List<Source> sources, String why) {
        List<String> messages = renderer.digest(digest(story(headline, summary, sources, why)));
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    @Test
    void hostileMarkupInEveryFieldLeavesOnlyOurOwnTags() {
        String html = render(HOSTILE, List.of(HOSTILE), List.of(new Source(HOSTILE, "https://a.example/x", HOSTILE)), HOSTILE);

        assertThat(TelegramMarkup.problem(html)).isNull();
        Element body = TelegramMarkup.parse(html);
        assertThat(body.select("*").stream().skip(1).map(Element::tagName)).allMatch(TelegramMarkup.ALLOWED::contains);
        assertThat(body.select("script")).isEmpty();
        assertThat(body.select("a")).hasSize(1);
    }

    @Test
    void hostileTextRoundTripsAsVisibleText() {
        String html = render(HOSTILE, List.of(HOSTILE), List.of(), "");

        assertThat(TelegramMarkup.visibleText(html)).contains(HOSTILE + " 16 Apr 2024 " + HOSTILE);
    }

    @Test
    void alreadyEscapedEntityIsShownLiterally() {
        String html = render("AT&amp;T & co", List.of(), List.of(), "");

        assertThat(html).contains("AT&amp;amp;T &amp; co");
        assertThat(TelegramMarkup.visibleText(html)).contains("AT&amp;T & co");
    }

    @Test
    void javascriptAndDataUrlsNeverBecomeLinks() {
        String html = render("h", List.of(), List.of(
                new Source("Evil", "javascript:alert(1)", "click me"),
                new Source("Evil2", " JavaScript:alert(1)", "me too"),
                new Source("Evil3", "data:text/html;base64,PHNjcmlwdD4=", "and me")), "");

        assertThat(TelegramMarkup.parse(html).select("a")).isEmpty();
        assertThat(html).doesNotContain("javascript").doesNotContain("data:");
        assertThat(TelegramMarkup.visibleText(html)).contains("Evil: click me", "Evil2: me too", "Evil3: and me");
    }

    @Test
    void quoteInUrlCannotCloseTheHrefAttribute() {
        String html = render("h", List.of(), List.of(new Source("RFI", "https://a.example/?q=\"><script>x</script>&b=1", "t")), "");

        assertThat(TelegramMarkup.problem(html)).isNull();
        Element link = TelegramMarkup.parse(html).selectFirst("a");
        assertThat(link).isNotNull();
        assertThat(link.attributes().size()).isEqualTo(1);
        assertThat(link.attr("href")).isEqualTo("https://a.example/?q=%22%3E%3Cscript%3Ex%3C/script%3E&b=1");
    }

    @Test
    void mentionsInArticleTextAreDefused() {
        String html = render("ask @durov and @here", List.of(), List.of(), "");

        assertThat(html).doesNotContain("@durov").doesNotContain("@here");
        assertThat(TelegramMarkup.visibleText(html)).contains("ask @durov and @here");
    }

    @Test
    void controlAndBidiCharactersAreRemoved() {
        String html = render("red\u001B[31m alert\u202Egnp.exe\u0000", List.of(), List.of(), "");

        assertThat(html).doesNotContain("\u001B").doesNotContain("\u202E").doesNotContain("\u0000");
        assertThat(html).contains("red[31m alertgnp.exe");
    }
}
