package newsbot.bot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextHelpersTest {
    @Test
    void truncateKeepsShortTextAsIs() {
        assertThat(Utf16.truncate("short", 5)).isEqualTo("short");
    }

    @Test
    void truncateEndsWithEllipsisWithinTheLimit() {
        assertThat(Utf16.truncate("abcdefgh", 5)).isEqualTo("abcd…");
    }

    @Test
    void truncateNeverSplitsASurrogatePair() {
        assertThat(Utf16.truncate("ab😀cd", 4)).isEqualTo("ab…");
    }

    @Test
    void truncateKeepsCombiningMarksWithTheirLetter() {
        assertThat(Utf16.truncate("cafe\u0301 noir", 6)).isEqualTo("cafe\u0301…");
        assertThat(Utf16.truncate("cafe\u0301 noir", 5)).isEqualTo("caf…");
    }

    @Test
    void truncateDropsADanglingZeroWidthJoiner() {
        assertThat(Utf16.truncate("👩\u200D👩\u200D👧 x", 4)).doesNotContain("\u200D…").satisfies(t -> assertThat(Fixtures.wellFormed(t)).isTrue());
    }

    @Test
    void truncateNeverLeavesHalfAFlag() {
        assertThat(Utf16.truncate("🇨🇳🇺🇸🇫🇷", 7)).isEqualTo("🇨🇳…");
    }

    @Test
    void truncateToZeroIsEmpty() {
        assertThat(Utf16.truncate("abc", 0)).isEmpty();
    }

    @Test
    void onlyHttpAndHttpsUrlsAreLinks() {
        assertThat(SafeUrl.webLink("https://a.example/x")).contains("https://a.example/x");
        assertThat(SafeUrl.webLink(" HTTP://a.example ")).contains("HTTP://a.example");
        assertThat(SafeUrl.webLink("javascript:alert(1)")).isEmpty();
        assertThat(SafeUrl.webLink("data:text/html,x")).isEmpty();
        assertThat(SafeUrl.webLink("ftp://a.example")).isEmpty();
        assertThat(SafeUrl.webLink("https://")).isEmpty();
        assertThat(SafeUrl.webLink("https:///path")).isEmpty();
        assertThat(SafeUrl.webLink("")).isEmpty();
    }

    @Test
    void urlCharactersThatEndMarkupArePercentEncoded() {
        assertThat(SafeUrl.webLink("https://a.example/a b\"<c>|d")).contains("https://a.example/a%20b%22%3Cc%3E%7Cd");
    }

    @Test
    void chineseUrlsStayReadable() {
        assertThat(SafeUrl.webLink("https://news.qq.com/董军")).contains("https://news.qq.com/董军");
    }

    @Test
    void cleanTextRemovesControlsAndBidiButKeepsNewlines() {
        assertThat(CleanText.multiLine("a\r\nb\u0000c\u202Ed\u2066e\tf\uFEFF")).isEqualTo("a\nbcde\tf");
    }

    @Test
    void cleanTextReplacesLoneSurrogates() {
        assertThat(CleanText.oneLine("a\uD83Db")).isEqualTo("a\uFFFDb");
    }

    @Test
    void oneLineCollapsesWhitespace() {
        assertThat(CleanText.oneLine("  a \n\n b\u00A0\tc  ")).isEqualTo("a b c");
    }

    @Test
    void mentionsGetAZeroWidthSpaceButLoneAtSignsDoNot() {
        assertThat(Mentions.neutralise("@here a @ b x@y")).isEqualTo("@\u200Bhere a @ b x@\u200By");
    }

    @Test
    void packerFillsMessagesInOrder() {
        List<List<String>> messages = GreedyPacker.pack(List.of("aa", "bb", "cc", "dd", "ee"),
                group -> String.join("", group).length() <= 4);

        assertThat(messages).containsExactly(List.of("aa", "bb"), List.of("cc", "dd"), List.of("ee"));
    }

    @Test
    void packerGivesAnOversizedUnitItsOwnMessage() {
        List<List<String>> messages = GreedyPacker.pack(List.of("a", "toolong", "b"),
                group -> String.join("", group).length() <= 4);

        assertThat(messages).containsExactly(List.of("a"), List.of("toolong"), List.of("b"));
    }

    @Test
    void fitFindsTheLargestFittingLength() {
        assertThat(Fit.largest(100, n -> n <= 37)).isEqualTo(37);
        assertThat(Fit.largest(100, n -> true)).isEqualTo(100);
        assertThat(Fit.largest(100, n -> false)).isEqualTo(-1);
    }

    @Test
    void snippetTruncationKeepsHighlightsAndAddsEllipsis() {
        Snippet snippet = Snippet.of("abc defgh ijk", List.of(new Range(4, 9)));

        assertThat(snippet.truncate(8).pieces()).containsExactly(
                new Snippet.Piece("abc ", false), new Snippet.Piece("def", true), new Snippet.Piece("…", false));
    }
}
