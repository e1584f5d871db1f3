package newsbot.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The RFI-via-feedx quirks seen in the wild, in one fixture. */
class FeedxQuirksTest {

    private static final String ITEM = "<!--1690902902000-->\n"
            + "[中美高层华盛顿再次会晤 - 要闻解说](https://www.rfi.fr/cn/%E4%B8%93/20230801-x)\n"
            + "------\n\n"
            + "<div>01/08/2023 - 16:32</div><img src=\"https://s.rfi.fr/media/a.jpg\">"
            + "<p><strong>美国国务院7月31日发表声明。        </strong></p><div>"
            + "<p><strong><span><span><span><span>解冻背景下的中美华盛顿再次会晤</span></span></span></span></strong></p>"
            + "<p><span><span><span><span><span><span>中国国防部长魏凤和今天在会议的最后一天再度强调中美关系已经进入一个拐点，他还呼吁美国停止诋毁</span></span></span></span></span></span></p>"
            + "<p>并遏制中国。另外，双方讨论了<a href=\"https://www.rfi.fr/cn/y\">台湾问题</a>。</p>"
            + "<div data-selfpromo-newsletter></div><div data-selfpromo-app></div></div>"
            + "<div><div>分享 :</div><div><a href=\"https://www.facebook.com/dialog/share?x\"><span></span></a>"
            + "<span data-root-share><share-button></share-button></span></div></div>"
            + "<div><div><div><div><span>作者：</span><a href=\"/cn/%E4%BD%9C%E8%80%85/\" title=\"艾米\">艾米</a></div></div></div></div>"
            + "<div><asidedata-org-name=\"\"data-org-type=\"\"><div><div role=\"heading\" aria-level=\"2\"><span>同一主题</span></div></div>"
            + "<div><divdata-article-list><div><a href=\"/cn/z\" data-article-item-link><h2>缅甸战事</h2></a></div></div></aside></div>"
            + "<br><hr><div>获取更多RSS：<br><a href=\"https://feedx.net\">https://feedx.net</a> <br>"
            + "<a href=\"https://feedx.best\">https://feedx.best</a><br></div>\n";

    private ParsedArticle parse() throws UnparseableFileException {
        return new ArticleParser().parse("rfi/1001903.md", ITEM.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bodyKeepsLeadSubheadAndParagraphsOnly() throws Exception {
        assertThat(parse().sections().get(0).text()).isEqualTo("美国国务院7月31日发表声明。\n\n"
                + "解冻背景下的中美华盛顿再次会晤\n\n"
                + "中国国防部长魏凤和今天在会议的最后一天再度强调中美关系已经进入一个拐点，他还呼吁美国停止诋毁并遏制中国。另外，双方讨论了台湾问题。");
    }

    @Test
    void bylineBecomesTheAuthor() throws Exception {
        assertThat(parse().author()).isEqualTo("艾米");
    }

    @Test
    void titleKeepsItsColumnSuffixWhichIsNoOutletName() throws Exception {
        assertThat(parse().title()).isEqualTo("中美高层华盛顿再次会晤 - 要闻解说");
    }
}
