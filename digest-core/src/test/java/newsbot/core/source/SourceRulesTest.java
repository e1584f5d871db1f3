package newsbot.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How an article's outlet and kind follow from what it names and from the configuration's sources: rules. */
class SourceRulesTest {
    private static final String QQ_FILE = "D-qqnews/2024/04/17/国防部长董军应约同美国国防部长奥斯汀视频通话.md";

    private static SourceRule rule(SourceRule.Builder b) {
        try {
            return b.build();
        } catch (InvalidSourceRuleException e) {
            throw new AssertionError(e.key() + ": " + e.getMessage(), e);
        }
    }

    private static final SourceRules SHIPPED_LIKE = new SourceRules(List.of(
            rule(SourceRule.builder().title("^(国防部|外交部)(发布)?[：:]").kind("official")),
            rule(SourceRule.builder().names(List.of("国防部发布", "国防部")).outlet("国防部").kind("official")),
            rule(SourceRule.builder().host("news.qq.com").outlet("腾讯新闻网")),
            rule(SourceRule.builder().folder("D-qq*").outlet("腾讯新闻"))));

    private static SourceFacts facts(String path, String url, String named, OutletBasis basis, String title) {
        return new SourceFacts(path, url, named.isEmpty() ? NamedOutlet.NONE : new NamedOutlet(named, basis), title);
    }

    @Test
    void theTextsOwnAttributionWinsAndIsRenamed() {
        Provenance p = SHIPPED_LIKE.resolve(facts(QQ_FILE, "https://news.qq.com/a/1", "国防部发布", OutletBasis.TEXT, "董军同奥斯汀视频通话"));

        assertThat(p).isEqualTo(new Provenance("国防部", SourceKind.OFFICIAL));
    }

    @Test
    void aHostRuleNamesTheOutletOfItsUrlsBeforeTheFilesOwnName() {
        Provenance p = SHIPPED_LIKE.resolve(facts(QQ_FILE, "https://new.news.qq.com/rain/a/1", "news.qq.com", OutletBasis.FILE, "t"));

        assertThat(p.outlet()).isEqualTo("腾讯新闻网");
    }

    @Test
    void theFilesOwnNameWinsOverAFolderDefault() {
        assertThat(SHIPPED_LIKE.resolve(facts(QQ_FILE, "https://www.rfi.fr/cn/x", "RFI", OutletBasis.FILE, "t")).outlet())
                .isEqualTo("RFI");
        assertThat(SHIPPED_LIKE.resolve(facts(QQ_FILE, "", "新华社", OutletBasis.CITED, "t")).outlet()).isEqualTo("新华社");
    }

    @Test
    void aFolderRuleNamesArticlesThatNameNoOutletAndBeatsAnImageHost() {
        assertThat(SHIPPED_LIKE.resolve(facts(QQ_FILE, "", "", OutletBasis.NONE, "t")).outlet()).isEqualTo("腾讯新闻");
        assertThat(SHIPPED_LIKE.resolve(facts(QQ_FILE, "", "图床", OutletBasis.IMAGE, "t")).outlet()).isEqualTo("腾讯新闻");
        assertThat(SHIPPED_LIKE.resolve(facts("elsewhere/x.md", "", "图床", OutletBasis.IMAGE, "t")).outlet()).isEqualTo("图床");
    }

    @Test
    void nothingNamesAnOutletOutsideTheMappedFolders() {
        Provenance p = SHIPPED_LIKE.resolve(facts("notes/2024/x.md", "", "", OutletBasis.NONE, "t"));

        assertThat(p).isEqualTo(new Provenance("", SourceKind.NEWS));
        assertThat(p.knownOutlet()).isEmpty();
    }

    @Test
    void aFolderPatternMatchesTheFilesFolderOrAnyAboveIt() {
        SourceRules rules = new SourceRules(List.of(rule(SourceRule.builder().folder("C-duty*/articles/rfi").outlet("RFI"))));

        assertThat(rules.resolve(facts("C-duty-machine-news/articles/rfi/1.md", "", "", OutletBasis.NONE, "t")).outlet())
                .isEqualTo("RFI");
        assertThat(rules.resolve(facts("C-duty-machine-news/articles/other/1.md", "", "", OutletBasis.NONE, "t")).outlet())
                .isEmpty();
        assertThat(rules.resolve(facts("rfi.md", "", "", OutletBasis.NONE, "t")).outlet()).isEmpty();
    }

    @Test
    void aPathPatternMatchesTheWholePath() {
        SourceRules rules = new SourceRules(List.of(rule(SourceRule.builder().path("**/mnd-*.{md,txt}").outlet("国防部"))));

        assertThat(rules.resolve(facts("a/b/mnd-0416.txt", "", "", OutletBasis.NONE, "t")).outlet()).isEqualTo("国防部");
        assertThat(rules.resolve(facts("mnd-0416.md", "", "", OutletBasis.NONE, "t")).outlet()).isEqualTo("国防部");
        assertThat(rules.resolve(facts("a/b/mnd-0416.html", "", "", OutletBasis.NONE, "t")).outlet()).isEmpty();
    }

    @Test
    void theKindIsTheFirstMatchingRulesAndNewsOtherwise() {
        assertThat(SHIPPED_LIKE.resolve(facts(QQ_FILE, "", "", OutletBasis.NONE, "国防部：中美两军视频通话取得积极成果")))
                .isEqualTo(new Provenance("腾讯新闻", SourceKind.OFFICIAL));
        assertThat(SHIPPED_LIKE.resolve(facts(QQ_FILE, "", "", OutletBasis.NONE, "美防长称已经数月没和中国防长通话")).kind())
                .isEqualTo(SourceKind.NEWS);
    }

    @Test
    void namesCompareWithoutCaseSpacesOrQuotes() {
        SourceRules rules = new SourceRules(List.of(rule(SourceRule.builder()
                .names(List.of("Department of Defense")).outlet("U.S. Department of Defense").kind("official"))));

        assertThat(rules.resolve(facts("x.md", "", "department  of defense", OutletBasis.TEXT, "t")))
                .isEqualTo(new Provenance("U.S. Department of Defense", SourceKind.OFFICIAL));
        assertThat(rules.resolve(facts("x.md", "", "U.S. Department of Defense", OutletBasis.FILE, "t")).kind())
                .isEqualTo(SourceKind.OFFICIAL);
    }

    @Test
    void aRuleWithSeveralMatchersNeedsThemAll() {
        SourceRules rules = new SourceRules(List.of(rule(SourceRule.builder().folder("D-qq*").title("^玉渊谭天[：:]")
                .outlet("玉渊谭天").kind("commentary"))));

        assertThat(rules.resolve(facts(QQ_FILE, "", "", OutletBasis.NONE, "玉渊谭天：通话谈了什么")))
                .isEqualTo(new Provenance("玉渊谭天", SourceKind.COMMENTARY));
        assertThat(rules.resolve(facts("notes/x.md", "", "", OutletBasis.NONE, "玉渊谭天：通话谈了什么")).outlet()).isEmpty();
    }

    @Test
    void aRuleNeedsSomethingToMatchAndSomethingToSay() {
        assertThatThrownBy(() -> SourceRule.builder().outlet("X").build()).isInstanceOf(InvalidSourceRuleException.class)
                .hasMessageContaining("something to match");
        assertThatThrownBy(() -> SourceRule.builder().folder("a").build()).hasMessageContaining("an outlet, a kind or both");
    }

    @Test
    void badFieldsAreNamed() {
        assertThat(key(SourceRule.builder().folder("a").kind("rumour"))).isEqualTo("kind");
        assertThat(key(SourceRule.builder().title("(unclosed").kind("news"))).isEqualTo("title");
        assertThat(key(SourceRule.builder().host("https://news.qq.com/a").outlet("x"))).isEqualTo("host");
        assertThat(key(SourceRule.builder().path("a/{b,c").outlet("x"))).isEqualTo("path");
        assertThat(key(SourceRule.builder().folder("/abs").outlet("x"))).isEqualTo("folder");
    }

    private static String key(SourceRule.Builder b) {
        try {
            b.build();
            throw new AssertionError("accepted " + b);
        } catch (InvalidSourceRuleException e) {
            return e.key();
        }
    }
}
