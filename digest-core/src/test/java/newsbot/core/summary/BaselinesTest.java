package newsbot.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BaselinesTest {

    private static final String NEWS = "中国国防部长董军16日晚应约同美国国防部长奥斯汀视频通话。"
            + "这是中美防长17个月来首次重要沟通。"
            + "董军强调，台湾问题是中国核心利益中的核心。"
            + "奥斯汀强调了继续开放两军交流渠道的重要性。";

    @Test
    void lead3TakesTheFirstThreeSentencesOfTheFirstArticle() {
        Summary s = new Lead3().summarize(SummaryRequest.of(List.of(StoryArticle.ofParagraphs(List.of(NEWS))), "zh")
                .withBudget(new LengthBudget(500)));
        assertThat(s.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2);
    }

    @Test
    void lead3KeepsOnlyTheLeadingSentencesThatFitTheBudget() {
        Summary s = new Lead3().summarize(SummaryRequest.of(List.of(StoryArticle.ofParagraphs(List.of(NEWS))), "zh")
                .withBudget(new LengthBudget(40)));
        assertThat(s.sentences()).extracting(Sentence::index).containsExactly(0); // 29 fit, 29 + 18 do not
    }

    @Test
    void textRankPrefersTheSentenceMostSimilarToTheOthers() {
        String text = "中美防长视频通话讨论台湾问题。"
                + "中美防长视频通话讨论南海问题。"
                + "中美防长视频通话讨论台湾南海问题。"
                + "今天天气晴朗气温适宜。";
        Summary s = new TextRank().summarize(SummaryRequest.of(List.of(StoryArticle.ofParagraphs(List.of(text))), "zh")
                .withBudget(new LengthBudget(18)));
        assertThat(s.text()).isEqualTo("中美防长视频通话讨论台湾南海问题。");
    }

    @Test
    void textRankScoresSumToTheNumberOfVerticesAtConvergence() {
        // PageRank with (1 - d) + d·Σ ... keeps the total at n when every vertex has an edge
        List<Candidate> pool = List.of(
                new Candidate(0, 0, new Sentence("甲乙丙。", 0, 0, 0), List.of("甲乙", "乙丙")),
                new Candidate(0, 1, new Sentence("乙丙丁。", 0, 1, 4), List.of("乙丙", "丙丁")),
                new Candidate(0, 2, new Sentence("丙丁戊。", 0, 2, 8), List.of("丙丁", "丁戊")));
        double[] rank = TextRank.rank(pool);
        assertThat(rank[0] + rank[1] + rank[2]).isCloseTo(3.0, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(rank[1]).isGreaterThan(rank[0]); // the middle sentence shares terms with both
    }

    @Test
    void textRankEdgeWeightFollowsThePublishedFormula() {
        // 2 shared terms, sentences of 4 and 8 terms: 2 / (ln 4 + ln 8)
        assertThat(TextRank.similarity(2, 4, 8)).isCloseTo(2 / (Math.log(4) + Math.log(8)), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(TextRank.similarity(0, 4, 8)).isZero();
    }
}
