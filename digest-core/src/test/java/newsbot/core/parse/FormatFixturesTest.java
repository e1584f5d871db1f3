package newsbot.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixtures written here, one per quirk the wild throws at the parser. */
class FormatFixturesTest {

    private final ArticleParser parser = new ArticleParser();

    private ParsedArticle parse(String path, String content) throws UnparseableFileException {
        return parser.parse(path, content.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class BrokenFrontMatter {

        @Test
        void invalidYamlKeepsTheFieldsItCanReadAndTheWholeBody() throws Exception {
            ParsedArticle a = parse("x.md", """
                    ---
                    title: 美国防长: 将与中国同行会晤
                    date: 2024-05-16T16:50:10Z
                    tags: [unclosed
                    ---

                    # 美国防长将与中国同行会晤

                    奥斯汀将于本月晚些时候在新加坡与中国同行举行面对面会晤。
                    """);
            assertThat(a.format()).isEqualTo("front-matter");
            assertThat(a.title()).isEqualTo("美国防长: 将与中国同行会晤");
            assertThat(a.published()).contains(OffsetDateTime.parse("2024-05-16T16:50:10Z"));
            assertThat(a.sections().get(0).text()).isEqualTo("奥斯汀将于本月晚些时候在新加坡与中国同行举行面对面会晤。");
        }

        @Test
        void unterminatedBlockEndsAtTheFirstLineThatIsNoFieldAndTheRestIsBody() throws Exception {
            ParsedArticle a = parse("x.md", """
                    ---
                    title: Austin to meet Chinese counterpart
                    date: 2024-05-16

                    Lloyd Austin will meet his Chinese counterpart in Singapore later this month.

                    The meeting follows a year without military talks.
                    """);
            assertThat(a.title()).isEqualTo("Austin to meet Chinese counterpart");
            assertThat(a.published()).contains(OffsetDateTime.parse("2024-05-16T00:00Z"));
            assertThat(a.languages()).isEqualTo("en");
            assertThat(a.sections().get(0).text()).isEqualTo(
                    "Lloyd Austin will meet his Chinese counterpart in Singapore later this month.\n\n"
                            + "The meeting follows a year without military talks.");
        }

        @Test
        void anUnterminatedBlockBeforeABilingualRuleDoesNotSwallowTheFirstLanguage() throws Exception {
            ParsedArticle a = parse("x.md", """
                    ---
                    title: 中美防长会晤
                    # 中美防长会晤

                    中美两国防长在新加坡举行会晤。

                    ---

                    # Defence chiefs meet

                    The two defence chiefs met in Singapore.
                    """);
            assertThat(a.languages()).isEqualTo("zh,en");
            assertThat(a.sections().get(0).text()).isEqualTo("中美两国防长在新加坡举行会晤。");
            assertThat(a.sections().get(1).title()).isEqualTo("Defence chiefs meet");
        }

        @Test
        void aListValueAfterABlankLineIsStillRead() throws Exception {
            ParsedArticle a = parse("x.md", "---\ntitle: T\ntag: \n\n- Tag world\nauthor: Jane Doe\n---\n\nBody text.\n");
            assertThat(a.author()).isEqualTo("Jane Doe");
            assertThat(a.sections().get(0).text()).isEqualTo("Body text.");
        }
    }

    @Nested
    class Html {

        private static final String PAGE = """
                <!DOCTYPE html>
                <html><head>
                <title>Austin, Dong hold talks | Example News</title>
                <meta property="og:title" content="Austin and Dong hold first talks in 18 months &amp; agree to keep talking">
                <meta property="og:url" content="https://www.example.com/world/austin-dong">
                <meta property="article:published_time" content="2024-04-16T21:05:00-04:00">
                <meta name="author" content="Jane Doe">
                <meta name="description" content="The defence chiefs spoke by video.">
                <script>var tracking = "do not index me";</script>
                <style>p { color: red }</style>
                </head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article>
                  <h1>Austin and Dong hold first talks</h1>
                  <p>US Defense Secretary Lloyd Austin spoke with his Chinese counterpart Dong Jun on Tuesday.</p>
                  <p>They discussed <b>Taiwan</b> and the South China Sea.</p>
                </article>
                <footer>Copyright Example News</footer>
                </body></html>
                """;

        @Test
        void metaTagsGiveTitleUrlDateAuthorAndDescription() throws Exception {
            ParsedArticle a = parse("page.html", PAGE);
            assertThat(a.format()).isEqualTo("html");
            assertThat(a.title()).isEqualTo("Austin and Dong hold first talks in 18 months & agree to keep talking");
            assertThat(a.url()).isEqualTo("https://www.example.com/world/austin-dong");
            assertThat(a.outlet()).isEqualTo("example.com");
            assertThat(a.author()).isEqualTo("Jane Doe");
            assertThat(a.description()).isEqualTo("The defence chiefs spoke by video.");
            assertThat(a.published()).contains(OffsetDateTime.parse("2024-04-16T21:05-04:00"));
            assertThat(a.dateSource()).isEqualTo("html-meta");
        }

        @Test
        void bodyIsTheArticleTextWithoutNavigationScriptsStylesOrFooter() throws Exception {
            String text = parse("page.html", PAGE).sections().get(0).text();
            assertThat(text).isEqualTo("Austin and Dong hold first talks\n\n"
                    + "US Defense Secretary Lloyd Austin spoke with his Chinese counterpart Dong Jun on Tuesday.\n\n"
                    + "They discussed Taiwan and the South China Sea.");
        }

        @Test
        void formatIsRecognisedByContentWhateverTheExtension() throws Exception {
            assertThat(parse("page.txt", PAGE).format()).isEqualTo("html");
        }
    }

    @Nested
    class PlainText {

        @Test
        void firstNonBlankLineIsTheTitleAndTheRestTheBody() throws Exception {
            ParsedArticle a = parse("notes.txt", "\n\n  Pentagon says talks resumed  \n\nThe Pentagon said talks had resumed.\nMore were planned.\n\nA second paragraph.\n");
            assertThat(a.format()).isEqualTo("text");
            assertThat(a.title()).isEqualTo("Pentagon says talks resumed");
            assertThat(a.sections().get(0).text()).isEqualTo(
                    "The Pentagon said talks had resumed. More were planned.\n\nA second paragraph.");
        }

        @Test
        void aFirstLineTooLongForAHeadlineGivesAShortTitleAndStaysInTheBody() throws Exception {
            String sentence = "The Pentagon said on Tuesday that military talks with China had resumed after more "
                    + "than a year, and that further contacts were planned for the summer.";
            ParsedArticle a = parse("notes.txt", sentence + " Officials welcomed the step.\n");
            assertThat(a.title()).hasSizeLessThanOrEqualTo(81).startsWith("The Pentagon said on Tuesday").endsWith("…");
            assertThat(a.sections().get(0).text()).startsWith(sentence);
        }
    }

    @Nested
    class Markdown {

        @Test
        void titleOnlyFileIsAnArticleWithAnEmptyBody() throws Exception {
            ParsedArticle a = parse("D-qqnews/2024/05/07/x.md", "# 上汽回应欧盟反补贴调查\n\n# 上汽回应欧盟反补贴调查\n\n");
            assertThat(a.format()).isEqualTo("markdown");
            assertThat(a.title()).isEqualTo("上汽回应欧盟反补贴调查");
            assertThat(a.sections()).singleElement().satisfies(s -> {
                assertThat(s.text()).isEmpty();
                assertThat(s.language()).isEqualTo("zh");
            });
        }

        @Test
        void blankLinesMayPrecedeTheTitle() throws Exception {
            assertThat(parse("x.md", "\n\n\n# 标题在这里\n\n正文。\n").title()).isEqualTo("标题在这里");
        }

        @Test
        void hardWrappedImageUrlsAndRelatedHeadlineLinksLeaveNoTrace() throws Exception {
            ParsedArticle a = parse("x.md", """
                    # 标题

                    正文第一段。

                    ![](https://inews.gtimg.com/om_bt/Ot-
                    yoeFyJCXuQ2u9amrSvG13NwuJ_vCzV1xN8HyASZr_QAA/0)

                    [外交部：8月30日起，来华人员无需进行入境前检测
                    ](https://new.qq.com/rain/a/20230828A05BXZ00)

                    正文第二段，见[此前报道](https://news.qq.com/a/1)。
                    """);
            assertThat(a.sections().get(0).text()).isEqualTo("正文第一段。\n\n正文第二段，见此前报道。");
            assertThat(a.outlet()).isEqualTo("腾讯新闻");
        }

        @Test
        void pastedStyleSheetsAreNotBodyText() throws Exception {
            ParsedArticle a = parse("x.md", "# 标题\n\n正文。\n\n#c87d2f;--weui-YELLOW: #cc9c00;--weui-GREEN: #74a800;\n");
            assertThat(a.sections().get(0).text()).isEqualTo("正文。");
        }
    }

    @Nested
    class Titles {

        @Test
        void htmlEntitiesInAFeedTitleAreDecoded() throws Exception {
            ParsedArticle a = parse("rfi/1.md", """
                    <!--1655036102000-->
                    [中国防长:将为防止台湾独立&quot;战斗到底&quot;](https://www.rfi.fr/cn/x)
                    ------

                    <div>12/06/2022 - 13:59</div><p>正文。</p>
                    """);
            assertThat(a.title()).isEqualTo("中国防长:将为防止台湾独立\"战斗到底\"");
        }

        @Test
        void htmlEntitiesAndMarkdownInAMarkdownTitleAreRemoved() throws Exception {
            assertThat(parse("x.md", "# **AT&amp;T** and [China](https://x.y) &lt;analysis&gt;\n\nBody.\n").title())
                    .isEqualTo("AT&T and China <analysis>");
        }

        @Test
        void aFileWithoutATitleOfItsOwnIsTitledByItsFileName() throws Exception {
            ParsedArticle a = parse("2024-04-17/中美防长通话\n.md", "---\ndate: 2024-04-17\n---\n\n正文只有一段。\n");
            assertThat(a.title()).isEqualTo("中美防长通话");
        }

        @Test
        void markupWithNoTextIsRejected() {
            assertThatThrownBy(() -> parse("x.md", "![](https://inews.gtimg.com/a/0)\n\n****\n"))
                    .isInstanceOf(UnparseableFileException.class).hasMessage("no text after removing markup");
        }
    }

    @Nested
    class DatesAndPaths {

        @Test
        void dashedDateFolderGivesMidnightChinaTime() throws Exception {
            ParsedArticle a = parse("D-qqnew/2024-04-17/x.md", "# 标题\n\n正文。\n");
            assertThat(a.published()).contains(OffsetDateTime.parse("2024-04-17T00:00+08:00"));
            assertThat(a.dateSource()).isEqualTo("path");
        }

        @Test
        void slashedDateFoldersGiveMidnightChinaTime() throws Exception {
            ParsedArticle a = parse("2024/04/17/x.md", "# 标题\n\n正文。\n");
            assertThat(a.published()).contains(OffsetDateTime.parse("2024-04-17T00:00+08:00"));
            assertThat(a.dateSource()).isEqualTo("path");
        }

        @Test
        void theImageUrlDateWinsOverTheFolderBecauseCopiesLandInSeveralFolders() throws Exception {
            ParsedArticle a = parse("2024-04-19/x.md",
                    "# 标题\n\n![a.jpg](https://raw.githubusercontent.com/qqhsx/qqnews_image/main/2024/04/17/t/a.jpg)\n\n正文。\n");
            assertThat(a.published()).contains(OffsetDateTime.parse("2024-04-17T00:00+08:00"));
            assertThat(a.dateSource()).isEqualTo("image-url");
        }

        @Test
        void aFileWithNoDateAnywhereHasNoPublicationTime() throws Exception {
            ParsedArticle a = parse("inbox/x.md", "# 标题\n\n正文，2024年的计划。\n");
            assertThat(a.published()).isEmpty();
            assertThat(a.dateSource()).isEmpty();
        }

        @Test
        void epochCommentOfANonRfiFeedIsUtc() throws Exception {
            ParsedArticle a = parse("x.md", "<!--1713363301000-->\n[Title](https://example.org/a)\n------\n\n<p>Body.</p>\n");
            assertThat(a.published()).contains(OffsetDateTime.parse("2024-04-17T14:15:01Z"));
        }

        @Test
        void rfiDatelineIsParisLocalTimeWhenTheEpochCommentIsMissing() throws Exception {
            ParsedArticle a = parse("x.md", "[标题](https://www.rfi.fr/cn/x)\n------\n\n<div>17/04/2024 - 15:43</div><p>正文。</p>\n");
            assertThat(a.format()).isEqualTo("feedx");
            assertThat(a.published()).contains(OffsetDateTime.parse("2024-04-17T15:43+02:00"));
            assertThat(a.dateSource()).isEqualTo("rfi-dateline");
        }
    }

    @Test
    void aTitleOfOnlyInvisibleCharactersFallsBackToTheFileName() throws Exception {
        ParsedArticle a = parse("2024/06/01/董军与奥斯汀通话.md", "# \u200B\u200C\u200D\u2060\uFEFF \n\n"
                + "Dong Jun and Lloyd Austin held a video call about the military hotline.\n");

        assertThat(a.title()).isEqualTo("董军与奥斯汀通话");
    }
}
