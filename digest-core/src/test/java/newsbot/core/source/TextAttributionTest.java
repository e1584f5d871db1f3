package newsbot.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The outlet a text names for itself, from the conventions newsrooms use; never one it merely quotes. */
class TextAttributionTest {

    private static NamedOutlet of(String... paragraphs) {
        return TextAttribution.of(String.join("\n\n", paragraphs));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            @国防部发布 微博消息，4月16日晚，两国防长视频通话。 | 国防部发布
            @白鹿视频报道，12月7日，某地发生一件事情。 | 白鹿视频
            @平安某区发布警情通报：近日辖区发生一起纠纷。 | 平安某区发布
            新华社北京4月16日电 两国防长16日晚举行视频通话。 | 新华社
            中国青年报客户端北京1月18日电（记者 某某）最新名单显示。 | 中国青年报
            中国台湾网1月4日讯 据报道，某地举行活动。 | 中国台湾网
            新华社台北4月16日电 岛内舆论关注。 | 新华社
            **海外网1月4日电** | 海外网
            （观察者网讯）当地时间周二，五角大楼发表声明。 | 观察者网
            腾讯科技讯 2月1日消息，某公司发布财报。 | 腾讯科技
            新京报讯（记者 某某）某部门公布数据。 | 新京报
            【环球时报-环球网报道 记者某某】8月31日，发言人证实。 | 环球时报
            【环球网综合报道】据多家媒体报道，某国举行演习。 | 环球网
            【环球网快讯】某国宣布一项决定。 | 环球网
            【环球时报赴新加坡特派记者 某某】3日上午，防长发言。 | 环球时报
            央视新闻消息，当地时间2月11日晚，某人入院。 | 央视新闻
            人社部网站消息，国务院任免国家工作人员。 | 人社部
            “新都发布”消息，联合调查组通报情况。 | 新都发布
            WASHINGTON (Reuters) - The Pentagon said on Tuesday it had spoken to Beijing. | Reuters
            """)
    void aHeadAttributionNamesTheOutlet(String lead, String outlet) {
        assertThat(of(lead, "第二段。")).isEqualTo(new NamedOutlet(outlet, OutletBasis.TEXT));
    }

    @Test
    void aSourceLineAtTheHeadOrTheTailNamesTheOutlet() {
        assertThat(of("来源：外交部网站", "外交部发言人答记者问。")).isEqualTo(new NamedOutlet("外交部", OutletBasis.TEXT));
        assertThat(of("第一段很长的正文，讲述了事情的经过，并且引用了多方的说法，篇幅超过了一个短行的长度，所以它不是署名。",
                "第二段。", "本文来源：时代财经 作者：某某")).isEqualTo(new NamedOutlet("时代财经", OutletBasis.TEXT));
        assertThat(of("The talks lasted an hour and touched on Taiwan, the South China Sea and the hotline.",
                "Both sides agreed to meet again.", "Source: Reuters")).isEqualTo(new NamedOutlet("Reuters", OutletBasis.TEXT));
        assertThat(of("两军举行工作会晤，就双边关系交换意见，会晤在坦诚、建设性的气氛中进行，双方同意保持沟通。",
                "双方同意保持沟通。（来源：新华社）")).isEqualTo(new NamedOutlet("新华社", OutletBasis.TEXT));
    }

    @Test
    void aTextThatOpensByCitingOneReportNamesItAsCited() {
        assertThat(of("据新华社报道，两军举行会谈。")).isEqualTo(new NamedOutlet("新华社", OutletBasis.CITED));
        assertThat(of("据微信公众号“国防部发布”消息，11月9日上午举行视频会议。"))
                .isEqualTo(new NamedOutlet("国防部发布", OutletBasis.CITED));
        assertThat(of("据《华尔街日报》5月29日报道，五角大楼发表声明。")).isEqualTo(new NamedOutlet("华尔街日报", OutletBasis.CITED));
        assertThat(of("据中国驻美国大使馆网站，7月12日，大使会见助理防长。"))
                .isEqualTo(new NamedOutlet("中国驻美国大使馆", OutletBasis.CITED));
    }

    @Test
    void vagueOrSeveralCitationsNameNobody() {
        assertThat(of("据多家外媒报道，某国举行演习。")).isEqualTo(NamedOutlet.NONE);
        assertThat(of("据美国彭博社、新加坡《海峡时报》5日报道，五角大楼正寻求会谈。")).isEqualTo(NamedOutlet.NONE);
        assertThat(of("据《参考消息》等报道，某党首启程访华。")).isEqualTo(NamedOutlet.NONE);
        assertThat(of("本报讯 某部门发布数据。")).isEqualTo(NamedOutlet.NONE);
    }

    @Test
    void anOutletQuotedInsideTheStoryIsNotThePublisher() {
        assertThat(of("中国国防部长董军16日晚应约同美国国防部长奥斯汀视频通话，这是两国防长一年多来首次通话，外界高度关注。",
                "双方就两军关系交换了意见。",
                "据美国彭博社报道，通话持续了一个多小时。",
                "分析人士认为，这释放了积极信号。",
                "后续进展值得关注。")).isEqualTo(NamedOutlet.NONE);
    }

    @Test
    void pictureCreditsAndCaptionsNameNobody() {
        assertThat(of("_图片来源：视觉中国_", "两国防长举行视频通话，就两军关系交换了意见，双方同意保持沟通，这是一年多来的首次通话。"))
                .isEqualTo(NamedOutlet.NONE);
        assertThat(of("来源：视觉中国", "正文。")).isEqualTo(NamedOutlet.NONE);
    }

    @Test
    void anEmptyTextNamesNobody() {
        assertThat(TextAttribution.of("")).isEqualTo(NamedOutlet.NONE);
        assertThat(TextAttribution.of("  \n\n ")).isEqualTo(NamedOutlet.NONE);
    }
}
