package newsbot.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The five seed files, one per format, parse to the fields a reader sees in them. */
class SeedFilesTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private final ArticleParser parser = new ArticleParser();

    private ParsedArticle seed(String prefix) throws IOException, UnparseableFileException {
        try (var files = Files.list(SEEDS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return parser.parse(file.getFileName().toString(), Files.readAllBytes(file));
        }
    }

    private static long occurrences(String text, String needle) {
        long n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    @Nested
    class FrontMatterSeed000 {

        @Test
        void titleDateUrlAndOutletComeFromTheFrontMatterAndSourceLink() throws Exception {
            ParsedArticle a = seed("000");
            assertThat(a.format()).isEqualTo("front-matter");
            assertThat(a.title()).isEqualTo("美国防长劳埃德·奥斯汀将于本月与中国 counterpart 会晤");
            assertThat(a.published()).contains(OffsetDateTime.parse("2024-05-16T16:50:10.210Z"));
            assertThat(a.dateSource()).isEqualTo("front-matter");
            assertThat(a.url()).isEqualTo("https://ft.com/content/64b5cbf6-82d4-426f-a6a0-cdf5ebc082a7");
            assertThat(a.outlet()).isEqualTo("Financial Times");
            assertThat(a.description()).startsWith("Singapore meeting would be latest step");
        }

        @Test
        void theAuthorShortCodeNamesTheOutletNotAPerson() throws Exception {
            assertThat(seed("000").author()).isEmpty();
        }

        @Test
        void bilingualBodyYieldsAChineseAndAnEnglishSectionEachWithItsOwnTitle() throws Exception {
            ParsedArticle a = seed("000");
            assertThat(a.languages()).isEqualTo("zh,en");
            assertThat(a.sections()).extracting(Section::title).containsExactly(
                    "美国防长劳埃德·奥斯汀将于本月与中国 counterpart 会晤",
                    "US defence chief Lloyd Austin to meet Chinese counterpart this month");
            assertThat(a.sections().get(0).text()).startsWith("美国国防部长劳埃德·奥斯汀 将于本月");
            assertThat(a.sections().get(1).text()).startsWith("US Defense Secretary Lloyd Austin and");
        }

        @Test
        void sectionTextsCarryNoMarkdownAndNoSourceLinks() throws Exception {
            for (Section s : seed("000").sections()) {
                assertThat(s.text()).doesNotContain("**", "](", "[", "原文链接", "Source Link", "---");
            }
        }
    }

    @Nested
    class OmnivoreSeed001 {

        @Test
        void titleLosesTheOutletSuffixWhichNamesTheOutlet() throws Exception {
            ParsedArticle a = seed("001");
            assertThat(a.format()).isEqualTo("omnivore");
            assertThat(a.title()).isEqualTo("美中军方在中断交流一年多后恢复对话");
            assertThat(a.outlet()).isEqualTo("The Wall Street Journal");
            assertThat(a.author()).isEqualTo("Gordon Lubold");
            assertThat(a.languages()).isEqualTo("zh");
        }

        @Test
        void naiveDatePublishedIsReadAsChinaTime() throws Exception {
            ParsedArticle a = seed("001");
            assertThat(a.published()).contains(OffsetDateTime.parse("2023-12-21T19:33:03+08:00"));
            assertThat(a.dateSource()).isEqualTo("front-matter");
        }

        @Test
        void readOriginalIsTheCanonicalUrlNotTheOmnivoreLink() throws Exception {
            assertThat(seed("001").url()).startsWith("https://cn.wsj.com/amp/articles/").doesNotContain("omnivore");
        }

        @Test
        void theSubtitleUnderTheHeadingIsTheDescription() throws Exception {
            assertThat(seed("001").description())
                    .isEqualTo("美国国防部高级官员与中国对等官员进行会谈，表明美中军方在中断交流16个月后恢复对话。"
                            + "这是华盛顿和北京方面努力保持双边关系积极势头的又一迹象。");
        }

        @Test
        void theDuplicatedBodyAppearsOnceWithLinksReducedToText() throws Exception {
            String text = seed("001").sections().get(0).text();
            assertThat(occurrences(text, "一个多月前，美国总统拜登和中国领导人习近平在旧金山郊外举行的一次峰会上同意恢复军事对话"))
                    .isEqualTo(1);
            assertThat(occurrences(text, "在周四的视频会议上")).isEqualTo(1);
            assertThat(text).contains("知情人士说，拜登政府正讨论上调已经较高的针对中国电动汽车的进口关税。")
                    .endsWith("以及另外在春季就军事和海洋问题进行磋商的计划。")
                    .doesNotContain("](", "...", "Full Content", "date_saved", "#Omnivore");
        }
    }

    @Nested
    class FeedxSeeds002And003 {

        @Test
        void epochCommentGivesTheDateAtParisOffsetInWinter() throws Exception {
            ParsedArticle a = seed("002");
            assertThat(a.format()).isEqualTo("feedx");
            assertThat(a.published()).contains(OffsetDateTime.parse("2023-12-14T16:15:01+01:00"));
            assertThat(a.dateSource()).isEqualTo("epoch-comment");
        }

        @Test
        void epochCommentGivesTheDateAtParisOffsetInSummer() throws Exception {
            assertThat(seed("003").published()).contains(OffsetDateTime.parse("2024-04-17T16:15:01+02:00"));
        }

        @Test
        void titleUrlOutletAndLanguageComeFromTheHeaderLink() throws Exception {
            ParsedArticle a = seed("003");
            assertThat(a.title()).isEqualTo("中美防长难得对话 说了什么");
            assertThat(a.url()).startsWith("https://www.rfi.fr/cn/%E7%BE%8E%E5%9B%BD/20240417-");
            assertThat(a.outlet()).isEqualTo("RFI");
            assertThat(a.languages()).isEqualTo("zh");
        }

        @Test
        void boldLeadIsTheDescriptionAndTheFirstParagraph() throws Exception {
            ParsedArticle a = seed("002");
            assertThat(a.description()).isEqualTo(
                    "据英国《金融时报》报导，五角大楼最高级别的中国事务官员自二月份飞往台湾进行秘密访问以来首次会见了中国驻美武官，"
                            + "这次旅行破坏了两人之间的高层军事会谈。");
            assertThat(a.sections().get(0).text()).startsWith(a.description() + "\n\n据包括一名美国防务官员");
        }

        @Test
        void bodiesHaveNoShareButtonsFeedxFooterMarkupOrDateline() throws Exception {
            for (String seed : new String[] {"002", "003"}) {
                String text = seed(seed).sections().get(0).text();
                assertThat(text).doesNotContain("分享", "feedx", "获取更多RSS", "<", "facebook", "whatsapp", "/2023 - ",
                        "/2024 - ");
            }
        }

        @Test
        void paragraphsAreSeparatedByBlankLines() throws Exception {
            String text = seed("003").sections().get(0).text();
            assertThat(text.split("\n\n")).hasSize(18);
            assertThat(text).endsWith("可能会导致擦枪走火事故恶化。");
        }
    }

    @Nested
    class PlainMarkdownSeed004 {

        @Test
        void dateComesFromTheImageUrlAtMidnightChinaTime() throws Exception {
            ParsedArticle a = seed("004");
            assertThat(a.format()).isEqualTo("markdown");
            assertThat(a.published()).contains(OffsetDateTime.parse("2024-04-17T00:00+08:00"));
            assertThat(a.dateSource()).isEqualTo("image-url");
        }

        @Test
        void titleIsTheHeadingAndTheImageHostNamesTheOutlet() throws Exception {
            ParsedArticle a = seed("004");
            assertThat(a.title()).isEqualTo("17个月来首次重要沟通，中美防长这通电话释放什么信号");
            assertThat(a.outlet()).isEqualTo("腾讯新闻");
            assertThat(a.url()).isEmpty();
            assertThat(a.languages()).isEqualTo("zh");
        }

        @Test
        void imagesAreDroppedAndSubheadsBecomePlainParagraphs() throws Exception {
            String text = seed("004").sections().get(0).text();
            assertThat(text).startsWith("中国国防部长董军16日晚应约同美国国防部长奥斯汀视频通话。")
                    .contains("\n\n高层交往恢复\n\n", "\n\n涉及台海、南海问题\n\n", "\n\n警惕危险动向\n\n")
                    .doesNotContain("![", "**", "githubusercontent", "# ");
        }
    }
}
