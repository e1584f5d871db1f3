package newsbot.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CandidatePoolTest {

    private static List<String> candidates(String... paragraphs) {
        return CandidatePool.of(SummaryRequest.of(List.of(StoryArticle.ofParagraphs(List.of(paragraphs))), "zh"), new SentenceSplitter())
                .stream().map(c -> c.sentence().text()).toList();
    }

    @Test
    void dropsCreditsAndCopyrightLines() {
        assertThat(candidates("来源 北京日报客户端记者 周经纬编辑", "本文系观察者网独家稿件，未经授权，不得转载。",
                "外交部发言人毛宁主持例行记者会并回答了记者提问。")).containsExactly("外交部发言人毛宁主持例行记者会并回答了记者提问。");
    }

    @Test
    void dropsQuestionsAndHeadings() {
        assertThat(candidates("中方对此有何评论？", "高层交往恢复", "中美两军多个沟通机制已经重新恢复运转。"))
                .containsExactly("中美两军多个沟通机制已经重新恢复运转。");
    }

    @Test
    void dropsExactRepeatsEvenWhenReformatted() {
        assertThat(candidates("中美两军多个沟通机制已经重新恢复运转。", "中美两军多个沟通机制 已经重新恢复运转！"))
                .hasSize(1);
    }

    @Test
    void ranksCandidatesWithinTheirArticle() {
        List<Candidate> pool = CandidatePool.of(SummaryRequest.of(List.of(
                StoryArticle.ofParagraphs(List.of("中美两军多个沟通机制已经重新恢复运转。", "双方同意继续保持密切的沟通和交流。")),
                StoryArticle.ofParagraphs(List.of("美方强调了两军开放沟通渠道的重要性。"))), "zh"), new SentenceSplitter());
        assertThat(pool).extracting(Candidate::article).containsExactly(0, 0, 1);
        assertThat(pool).extracting(Candidate::rank).containsExactly(0, 1, 0);
    }

    @Test
    void dropsQuotationsWithoutTheirSpeakerAndLinesThatIntroduceWhatFollows() {
        assertThat(candidates("“我们认为这是非常积极的，我们希望在此基础上发展对话。”",
                "“我还没有机会与我的同行交谈。我们期待着对话，”米利说。",
                "8月31日下午，国防部新闻发言人吴谦大校答记者问：",
                "米利说，他期待有机会与中方同行交谈。"))
                .containsExactly("米利说，他期待有机会与中方同行交谈。");
    }
}
