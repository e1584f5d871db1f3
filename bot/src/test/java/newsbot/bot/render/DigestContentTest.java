package newsbot.bot.render;

import static newsbot.bot.render.Fixtures.CHINESE;
import static newsbot.bot.render.Fixtures.ENGLISH;
import static newsbot.bot.render.Fixtures.UNTIL;
import static newsbot.bot.render.Fixtures.digest;
import static newsbot.bot.render.Fixtures.empty;
import static newsbot.bot.render.Fixtures.story;
import static newsbot.bot.render.Fixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import newsbot.core.digest.Digest;
import newsbot.core.digest.DigestStory;
import newsbot.core.digest.EventLine;
import newsbot.core.digest.Source;
import newsbot.core.digest.Statement;
import org.junit.jupiter.api.Test;

class DigestContentTest {
    private static final Digest THREE = new Digest(Optional.of(Fixtures.SINCE), UNTIL, 7,
            List.of(story("One"), story("Two"), story("Three")));

    @Test
    void englishHeaderNamesPeriodZoneAndCounts() {
        assertThat(new PlainTextRenderer(ENGLISH).digest(THREE)).startsWith(
                "newsbot digest · 16 Apr 2024 08:00 – 17 Apr 2024 08:00 (Asia/Shanghai) · 3 stories from 7 articles\n");
    }

    @Test
    void chineseHeaderWhenTheLanguageIsChinese() {
        assertThat(new PlainTextRenderer(CHINESE).digest(THREE)).startsWith(
                "新闻摘要 · 2024年4月16日 08:00 – 2024年4月17日 08:00（Asia/Shanghai） · 3 个事件，7 篇文章\n");
    }

    @Test
    void headerTimesFollowTheGivenZone() {
        String text = new PlainTextRenderer(RenderSettings.english(ZoneId.of("Europe/Paris"))).digest(THREE);

        assertThat(text).startsWith("newsbot digest · 16 Apr 2024 02:00 – 17 Apr 2024 02:00 (Europe/Paris)");
    }

    @Test
    void singularCountsReadNaturally() {
        Digest one = new Digest(Optional.of(Fixtures.SINCE), UNTIL, 1, List.of(story("One")));

        assertThat(new PlainTextRenderer(ENGLISH).digest(one)).contains("· 1 story from 1 article\n");
    }

    @Test
    void digestWithoutAStartSaysUntil() {
        Digest first = new Digest(Optional.empty(), UNTIL, 2, List.of(story("One")));

        assertThat(new PlainTextRenderer(ENGLISH).digest(first)).startsWith("newsbot digest · until 17 Apr 2024 08:00 (Asia/Shanghai)");
    }

    @Test
    void telegramHeaderIsBoldTitleThenPeriodAndCounts() {
        String first = new TelegramHtmlRenderer(ENGLISH).digest(THREE).get(0);

        assertThat(first).startsWith("<b>newsbot digest</b> · 16 Apr 2024 08:00 – 17 Apr 2024 08:00 (Asia/Shanghai) · 3 stories from 7 articles\n\n");
    }

    @Test
    void slackHeaderIsAHeaderBlockAndCountsAContext() {
        SlackMessage first = new SlackRenderer(CHINESE).digest(THREE).get(0);

        assertThat(first.blocksJson()).startsWith("[{\"type\":\"header\",\"text\":{\"type\":\"plain_text\","
                + "\"text\":\"新闻摘要 · 2024年4月16日 08:00 – 2024年4月17日 08:00（Asia/Shanghai）\",\"emoji\":true}},"
                + "{\"type\":\"context\",\"elements\":[{\"type\":\"mrkdwn\",\"text\":\"3 个事件，7 篇文章\"}]}");
    }

    @Test
    void storyShowsBoldHeadlineDateSummaryAndWhy() {
        String html = new TelegramHtmlRenderer(ENGLISH).digest(digest(story("Talks resume"))).get(0);

        assertThat(html).contains("<b>Talks resume</b>\n<i>16 Apr 2024</i>\nFirst sentence. Second sentence.\n"
                + "• RFI: <a href=\"https://www.rfi.fr/cn/a1\">RFI title</a>\n<i>Why: Dong Jun and Lloyd Austin; video call</i>");
    }

    @Test
    void everySourceIsShownWithItsLink() {
        DigestStory story = story("h", List.of("s."), List.of(
                new Source("RFI", "https://rfi.fr/a", "RFI says"),
                new Source("腾讯新闻", "https://news.qq.com/b", "腾讯说"),
                new Source("no link", "", "Offline")), "w");

        SlackMessage message = new SlackRenderer(ENGLISH).digest(digest(story)).get(0);

        assertThat(message.text()).contains("• RFI: <https://rfi.fr/a|RFI says>\n• 腾讯新闻: <https://news.qq.com/b|腾讯说>\n• no link: Offline");
    }

    @Test
    void sourceWithoutTitleLinksTheOutletName() {
        DigestStory story = story("h", List.of(), List.of(new Source("RFI", "https://rfi.fr/a", "")), "");

        assertThat(new TelegramHtmlRenderer(ENGLISH).digest(digest(story)).get(0)).contains("• <a href=\"https://rfi.fr/a\">RFI</a>");
    }

    @Test
    void plainTextShowsSourceUrlsInAngleBrackets() {
        assertThat(new PlainTextRenderer(ENGLISH).digest(digest(story("h")))).contains("   - RFI: RFI title <https://www.rfi.fr/cn/a1>\n");
    }

    @Test
    void whyLineIsInTheReadersLanguage() {
        assertThat(new PlainTextRenderer(CHINESE).digest(digest(story("h")))).contains("入选原因：Dong Jun and Lloyd Austin; video call");
    }

    @Test
    void updateIsMarkedInEveryRendering() {
        Digest digest = digest(update(story("Talks resume")));

        assertThat(new TelegramHtmlRenderer(ENGLISH).digest(digest).get(0)).contains("<b>Update: Talks resume</b>");
        assertThat(new SlackRenderer(CHINESE).digest(digest).get(0).text()).contains("*更新：Talks resume*");
        assertThat(new PlainTextRenderer(ENGLISH).digest(digest)).contains("1. Update: Talks resume\n");
    }

    @Test
    void newStoryIsNotMarkedAsUpdate() {
        assertThat(new PlainTextRenderer(ENGLISH).digest(digest(story("Fresh")))).doesNotContain("Update");
    }

    @Test
    void chineseSentencesJoinWithoutSpaces() {
        DigestStory story = story("h", List.of("中美防长举行视频通话。", "双方讨论了台湾问题。", "Austin said so."), List.of(), "");

        assertThat(new PlainTextRenderer(CHINESE).digest(digest(story))).contains("中美防长举行视频通话。双方讨论了台湾问题。Austin said so.");
    }

    @Test
    void undatedStoryHasNoDateLine() {
        DigestStory undated = new DigestStory(99, "Undated", Optional.empty(), List.of("s."), false, List.of(), "");

        assertThat(new TelegramHtmlRenderer(ENGLISH).digest(digest(undated)).get(0)).contains("<b>Undated</b>\ns.");
    }

    @Test
    void blankHeadlineShowsUntitled() {
        assertThat(new PlainTextRenderer(ENGLISH).digest(digest(story(" \n ")))).contains("1. (untitled)\n");
    }

    @Test
    void emptyDigestGivesNothingByDefault() {
        assertThat(new TelegramHtmlRenderer(ENGLISH).digest(empty())).isEmpty();
        assertThat(new SlackRenderer(ENGLISH).digest(empty())).isEmpty();
        assertThat(new PlainTextRenderer(ENGLISH).digest(empty())).isEmpty();
    }

    @Test
    void emptyDigestGivesOneLineWhenAsked() {
        assertThat(new TelegramHtmlRenderer(ENGLISH).digest(empty(), EmptyDigest.NOTICE))
                .containsExactly("No new stories since 16 Apr 2024 08:00 (Asia/Shanghai).");
        assertThat(new PlainTextRenderer(CHINESE).digest(empty(), EmptyDigest.NOTICE))
                .isEqualTo("自 2024年4月16日 08:00（Asia/Shanghai）以来没有新消息。");
        assertThat(new SlackRenderer(ENGLISH).digest(empty(), EmptyDigest.NOTICE))
                .singleElement().extracting(SlackMessage::text).isEqualTo("No new stories since 16 Apr 2024 08:00 (Asia/Shanghai).");
    }

    @Test
    void emptyFirstDigestSaysNoStoriesYet() {
        Digest nothing = new Digest(Optional.empty(), UNTIL, 0, List.of());

        assertThat(new PlainTextRenderer(ENGLISH).digest(nothing, EmptyDigest.NOTICE)).isEqualTo("No stories yet.");
    }

    @Test
    void plainTextDropsTerminalEscapes() {
        String text = new PlainTextRenderer(ENGLISH).digest(digest(story("\u001B]0;pwned\u0007title\u001B[2J")));

        assertThat(text).doesNotContain("\u001B").doesNotContain("\u0007").contains("]0;pwnedtitle[2J");
    }

    private static DigestStory evented() {
        DigestStory plain = story("国防部长董军应约同美国国防部长奥斯汀视频通话");
        EventLine event = new EventLine(java.util.Map.of("en", "Video call", "zh", "视频通话"), List.of(
                new EventLine.Party("lloyd-austin", java.util.Map.of("en", "Lloyd Austin", "zh", "奥斯汀"), "us",
                        java.util.Map.of("en", "US", "zh", "美")),
                new EventLine.Party("dong-jun", java.util.Map.of("en", "Dong Jun", "zh", "董军"), "cn",
                        java.util.Map.of("en", "China", "zh", "中"))), Optional.of(java.time.LocalDate.of(2024, 4, 16)), "day");
        List<Statement> said = List.of(
                new Statement("us", java.util.Map.of("en", "US", "zh", "美"), java.util.Map.of("en", "Lloyd Austin", "zh", "奥斯汀"),
                        "stressed keeping military channels open", "en", "a.md"),
                new Statement("cn", java.util.Map.of("en", "China", "zh", "中"), java.util.Map.of("en", "Dong Jun", "zh", "董军"),
                        "台湾问题是中国核心利益中的核心", "zh", "b.md"));
        return new DigestStory(plain.storyId(), plain.headline(), "https://www.mod.gov.cn/a?x=1&y=2", plain.date(),
                plain.summary(), false, plain.sources(), plain.why(), "zh", false, "zh", event, said);
    }

    @Test
    void theEventLineIsInTheChannelsLanguage() {
        assertThat(new PlainTextRenderer(ENGLISH).digest(digest(evented())))
                .contains("   Video call · Lloyd Austin (US) – Dong Jun (China) · 16 Apr 2024 · Chinese sources only\n");
        assertThat(new PlainTextRenderer(CHINESE).digest(digest(evented())))
                .contains("   视频通话 · 奥斯汀（美）–董军（中） · 2024年4月16日 · 仅有中文来源\n");
    }

    @Test
    void eachSidesWordsAreAttributedAfterTheSummary() {
        String text = new PlainTextRenderer(ENGLISH).digest(digest(evented()));

        assertThat(text).contains("First sentence. Second sentence.\n   US (Lloyd Austin): stressed keeping military channels open\n"
                + "   China (Dong Jun): 台湾问题是中国核心利益中的核心\n");
        assertThat(new SlackRenderer(CHINESE).digest(digest(evented())).get(0).text()).contains("中方（董军）：台湾问题是中国核心利益中的核心");
    }

    @Test
    void theHeadlineLinksToItsOwnSourceInChats() {
        assertThat(new TelegramHtmlRenderer(ENGLISH).digest(digest(evented())).get(0))
                .contains("<b><a href=\"https://www.mod.gov.cn/a?x=1&amp;y=2\">国防部长董军应约同美国国防部长奥斯汀视频通话</a></b>");
        assertThat(new SlackRenderer(ENGLISH).digest(digest(evented())).get(0).text())
                .contains("*<https://www.mod.gov.cn/a?x=1&amp;y=2|国防部长董军应约同美国国防部长奥斯汀视频通话>*");
    }
}
