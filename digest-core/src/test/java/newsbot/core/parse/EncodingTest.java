package newsbot.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Whatever the encoding or line ends, the same article comes out; bytes that are no text are refused. */
class EncodingTest {

    private static final String SIMPLIFIED = """
            # 中美防长视频通话释放积极信号

            中国国防部长董军十六日晚应约同美国国防部长奥斯汀视频通话。这是中美防长十七个月来首次重要沟通。

            双方就台湾问题、南海局势以及乌克兰危机等议题交换了意见，并同意继续保持两军沟通渠道畅通。

            分析人士认为，此次通话体现出中美军方高层交往全面恢复的态势，但双方分歧依然存在。
            """;
    private static final String TRADITIONAL = """
            # 中美防長視訊通話釋放積極信號

            中國國防部長董軍十六日晚應約同美國國防部長奧斯汀視訊通話。這是中美防長十七個月來首次重要溝通。

            雙方就台灣問題、南海局勢以及烏克蘭危機等議題交換了意見，並同意繼續保持兩軍溝通管道暢通。

            分析人士認為，此次通話體現出中美軍方高層交往全面恢復的態勢，但雙方分歧依然存在。
            """;

    private final ArticleParser parser = new ArticleParser();

    private ParsedArticle parse(byte[] bytes) throws UnparseableFileException {
        return parser.parse("2024-04-17/article.md", bytes);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static void assertSimplifiedArticle(ParsedArticle a) {
        assertThat(a.title()).isEqualTo("中美防长视频通话释放积极信号");
        assertThat(a.languages()).isEqualTo("zh");
        assertThat(a.sections().get(0).text())
                .startsWith("中国国防部长董军十六日晚应约同美国国防部长奥斯汀视频通话。")
                .endsWith("但双方分歧依然存在。")
                .contains("\n\n双方就台湾问题")
                .doesNotContain("\r", "\uFEFF", "\uFFFD");
    }

    @Test
    void gbkIsDetectedAndDecoded() throws Exception {
        assertSimplifiedArticle(parse(SIMPLIFIED.getBytes(Charset.forName("GBK"))));
    }

    @Test
    void gb18030IsDetectedAndDecoded() throws Exception {
        assertSimplifiedArticle(parse(SIMPLIFIED.getBytes(Charset.forName("GB18030"))));
    }

    @Test
    void big5IsDetectedAndDecoded() throws Exception {
        ParsedArticle a = parse(TRADITIONAL.getBytes(Charset.forName("Big5")));
        assertThat(a.title()).isEqualTo("中美防長視訊通話釋放積極信號");
        assertThat(a.sections().get(0).text()).startsWith("中國國防部長董軍十六日晚應約同美國國防部長奧斯汀視訊通話。");
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        assertSimplifiedArticle(parse(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                SIMPLIFIED.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void utf16LittleEndianWithBomIsDecoded() throws Exception {
        assertSimplifiedArticle(parse(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE))));
    }

    @Test
    void utf16BigEndianWithBomIsDecoded() throws Exception {
        assertSimplifiedArticle(parse(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                SIMPLIFIED.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void crlfLineEndsBecomeLf() throws Exception {
        assertSimplifiedArticle(parse(SIMPLIFIED.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void loneCrLineEndsBecomeLf() throws Exception {
        assertSimplifiedArticle(parse(SIMPLIFIED.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFewInvalidBytesInAnOtherwiseUtf8FileAreReplacedAndTheArticleKept() throws Exception {
        byte[] good = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        byte[] broken = concat(good, new byte[] {(byte) 0xC3, (byte) 0x28, '\n'}, "补充说明。\n".getBytes(StandardCharsets.UTF_8));
        ParsedArticle a = parse(broken);
        assertThat(a.title()).isEqualTo("中美防长视频通话释放积极信号");
        assertThat(a.sections().get(0).text()).contains("\uFFFD").endsWith("补充说明。");
    }

    @Test
    void latin1WesternTextIsReadAsWindows1252() throws Exception {
        String text = "Le ministre de la Défense a rencontré son homologue chinois à Singapour. "
                + "Les deux hommes ont évoqué Taïwan et la mer de Chine méridionale pendant une heure.\n";
        ParsedArticle a = parse(text.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(a.title()).startsWith("Le ministre de la Défense a rencontré son homologue chinois");
    }

    @Test
    void emptyFileIsRejectedAsEmpty() {
        assertThatThrownBy(() -> parse(new byte[0]))
                .isInstanceOf(UnparseableFileException.class).hasMessage("empty file");
    }

    @Test
    void whitespaceOnlyFileIsRejectedAsEmpty() {
        assertThatThrownBy(() -> parse(" \r\n\n\t".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnparseableFileException.class).hasMessageStartingWith("empty file");
    }

    @Test
    void pngImageIsRejectedAsBinaryAndNamed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> parse(png))
                .isInstanceOf(UnparseableFileException.class).hasMessage("binary file (PNG image)");
    }

    @Test
    void bytesWithNulsAreRejectedAsBinary() {
        byte[] junk = {'a', 'b', 0, (byte) 0x9C, 0, 0, 7, 'x', (byte) 0xFF, 0, 1, 2, 3};
        assertThatThrownBy(() -> parse(junk))
                .isInstanceOf(UnparseableFileException.class).hasMessage("binary file (NUL bytes / not text)");
    }

    @Test
    void bytesThatAreNoKnownEncodingAreRejectedWithTheEncodingsTried() {
        byte[] junk = new byte[600];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 2 == 0 ? 0x80 : 0xFF); // no valid UTF-8, GB18030 or Big5 sequence
        }
        assertThatThrownBy(() -> parse(junk))
                .isInstanceOf(UnparseableFileException.class)
                .hasMessage("undecodable bytes: looks like neither UTF-8, UTF-16, GB18030 nor Big5");
    }
}
