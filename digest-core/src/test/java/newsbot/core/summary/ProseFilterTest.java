package newsbot.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What news pages put around a story is not the story: captions, credits, bylines, notes, prompts, questions. */
class ProseFilterTest {
    private static final String STORY = "4月16日晚，国防部长董军应约同美国国防部长奥斯汀视频通话，双方就两军关系交换了意见。";
    private static final String MORE = "双方同意继续保持沟通，为两军关系稳定发展创造条件。";

    private static List<String> prose(String... paragraphs) {
        String kept = ProseFilter.of(String.join("\n\n", paragraphs));
        return kept.isEmpty() ? List.of() : List.of(kept.split("\n\n"));
    }

    @Test
    void pictureCaptionsAndCreditsAreDropped() {
        assertThat(prose("_图片来源：视觉中国_", STORY, "卡莱斯（右）参加香山论坛。", "10月30日，吴谦（左）与卡莱斯（右）交谈。",
                "华春莹6月1日在推特上所发帖子的截图", "图为会谈现场。", "资料图", "▲ 会谈现场", MORE))
                .containsExactly(STORY, MORE);
    }

    @Test
    void creditsInsideAParagraphAreCutOut() {
        String prose = "演讲中，这位美军高官再次渲染所谓太空威胁。他称美国太空司令部不希望发生任何战争，美方希望与中国建立定期的"
                + "安全数据共享渠道。";
        assertThat(prose(prose + "（图源：美国太空司令部网站，下同）", "双方同意保持沟通，为两军关系稳定发展创造条件。（编辑：某某）"))
                .containsExactly(prose, "双方同意保持沟通，为两军关系稳定发展创造条件。");
    }

    @Test
    void aShortParagraphEndingInACreditIsACaption() {
        assertThat(prose(STORY, "当地时间4月9日，怀廷在研讨会上发表演讲。（图源：美国太空司令部网站，下同）", MORE))
                .containsExactly(STORY, MORE);
    }

    @Test
    void bylinesAndDatelinesLeaveTheirSentence() {
        assertThat(prose("【环球时报-环球网报道 记者某某】" + STORY)).containsExactly(STORY);
        assertThat(prose("（观察者网讯）" + STORY)).containsExactly(STORY);
        assertThat(prose("新华社北京4月16日电（记者某某）" + STORY)).containsExactly(STORY);
        assertThat(prose("@国防部发布 微博消息，" + STORY)).containsExactly(STORY);
        assertThat(prose("【文/观察者网 某某】" + STORY)).containsExactly(STORY);
        assertThat(prose("据新华社报道，" + STORY)).as("a cited report stays: it says where the news is from")
                .containsExactly("据新华社报道，" + STORY);
    }

    @Test
    void theLeadPicturesCaptionBeforeTheDatelineIsDropped() {
        assertThat(prose("香格里拉对话会开幕晚宴上，两国防长握手。", "【环球网报道】" + STORY, MORE)).containsExactly(STORY, MORE);
    }

    @Test
    void editorsNotesOriginalTitlesPromptsAndReadingListsAreDropped() {
        assertThat(prose("原标题：中美防长通话", "编者按：本文为系列报道之一。", STORY, "作者：某某", "责任编辑：某某",
                "点击关注，获取更多资讯", "扫码下载客户端", "推荐阅读：中美两军热线的历史", "本文系独家稿件，未经授权不得转载。", MORE))
                .containsExactly(STORY, MORE);
        assertThat(prose("Dong Jun and Lloyd Austin held a video call on Tuesday.", "Reporting by Jane Doe; Editing by John Roe",
                "Sign up for our newsletter.", "Photo: Reuters")).containsExactly("Dong Jun and Lloyd Austin held a video call on Tuesday.");
    }

    @Test
    void aPressConferencesQuestionsAreDroppedAndTheAnswerKeepsItsWords() {
        assertThat(prose("记者：请发言人介绍中美两军关系的相关举措。", "吴谦：" + STORY, "直新闻：刘先生，您怎么看这次通话？", MORE))
                .containsExactly(STORY, MORE);
    }

    @Test
    void shortLinesWithoutAnEndAreSubheadsNotProse() {
        assertThat(prose("高层交往恢复", STORY, "“紫色上衣，全程微笑”", MORE)).containsExactly(STORY, MORE);
    }

    @Test
    void aStoryWithNothingAroundItIsKeptWhole() {
        assertThat(prose(STORY, MORE)).containsExactly(STORY, MORE);
        assertThat(ProseFilter.of("")).isEmpty();
    }
}
