package newsbot.core.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class SummarizerTest {

    private final Summarizer summarizer = new Summarizer();

    static String resource(String name) {
        try (InputStream in = SummarizerTest.class.getResourceAsStream("/summary/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StoryArticle qq() {
        return new StoryArticle("17个月来首次重要沟通，中美防长这通电话释放什么信号", resource("qq-defence-call.txt"), "");
    }

    private static StoryArticle rfi() {
        return new StoryArticle("中美防长难得对话 说了什么", resource("rfi-defence-call.txt"), "");
    }

    @Test
    void staysWithinTheDefaultBudgetOfOneHundredTwentyChineseCharacters() {
        Summary s = summarizer.summarize(SummaryRequest.of(List.of(qq(), rfi()), "zh"));
        assertThat(s.isEmpty()).isFalse();
        assertThat(LengthBudget.measure(s.text(), "zh")).isLessThanOrEqualTo(120);
        assertThat(s.truncated()).isFalse();
    }

    @Test
    void theSentenceNamingWhatTheStoryIsAboutBeatsTheFirstOne() {
        StoryArticle a = new StoryArticle("", "发言人首先回答了关于两国贸易和关税问题的提问，称双方团队将保持联系。"
                + "发言人表示，双方同意恢复两军高层沟通和战区领导通话。", "");
        SummaryRequest request = SummaryRequest.of(List.of(a), "zh").withBudget(new LengthBudget(40));
        SentenceFocus channels = sentence -> sentence.contains("两军") ? 2 : 0;

        assertThat(summarizer.summarize(request).text()).contains("贸易");
        assertThat(summarizer.summarize(request.withFocus(channels)).text()).contains("恢复两军高层沟通");
    }

    @Test
    void neverCutsASentence() {
        StoryArticle a = qq();
        List<String> whole = new SentenceSplitter().split(a.text()).stream().map(Sentence::text).toList();
        Summary s = summarizer.summarize(SummaryRequest.of(List.of(a), "zh"));
        assertThat(s.sentences()).extracting(Sentence::text).allSatisfy(t -> assertThat(whole).contains(t));
    }

    @Test
    void picksTheLeadOfAStraightNewsArticle() {
        Summary s = summarizer.summarize(SummaryRequest.of(List.of(qq()), "zh"));
        assertThat(s.text()).contains("董军16日晚应约同美国国防部长奥斯汀视频通话");
    }

    @Test
    void returnsSentencesInOrderOfAppearance() {
        Summary s = summarizer.summarize(SummaryRequest.of(List.of(qq(), rfi()), "zh").withBudget(new LengthBudget(300)));
        List<Excerpt> e = s.excerpts();
        assertThat(e).hasSizeGreaterThan(1);
        for (int i = 1; i < e.size(); i++) {
            Excerpt a = e.get(i - 1);
            Excerpt b = e.get(i);
            assertThat(a.article() < b.article() || (a.article() == b.article() && a.sentence().index() < b.sentence().index())).isTrue();
        }
    }

    @Test
    void skipsASentenceThatDoesNotFitAndTakesAShorterOne() {
        String text = "这是一个非常长的句子，它讲述了中美两国国防部长在视频通话中讨论的许多问题，包括台湾问题、南海问题以及两军关系的未来发展方向。"
                + "中美两国防长举行视频通话。" + "双方讨论了两军关系问题。";
        Summary s = summarizer.summarize(SummaryRequest.of(List.of(new StoryArticle("中美防长视频通话", text, "")), "zh")
                .withBudget(new LengthBudget(26)));
        assertThat(s.truncated()).isFalse();
        assertThat(s.text()).isEqualTo("中美两国防长举行视频通话。双方讨论了两军关系问题。");
    }

    @Test
    void cutsAtAClauseBoundaryOnlyWhenNoWholeSentenceFits() {
        String text = "美国国防部长奥斯汀与中国国防部长董军周二晚间举行视频通话，双方讨论了两军关系，并同意保持沟通渠道畅通。";
        Summary s = summarizer.summarize(SummaryRequest.of(List.of(StoryArticle.ofParagraphs(List.of(text))), "zh")
                .withBudget(new LengthBudget(40)));
        assertThat(s.truncated()).isTrue();
        assertThat(s.text()).isEqualTo("美国国防部长奥斯汀与中国国防部长董军周二晚间举行视频通话，双方讨论了两军关系…");
        assertThat(LengthBudget.measure(s.text(), "zh")).isLessThanOrEqualTo(40);
    }

    @Test
    void neverRepeatsTheSameFactTwice() {
        String a = "中国国防部长董军16日晚应约同美国国防部长奥斯汀视频通话。双方讨论了台湾和南海问题。";
        String b = "国防部长董军16日晚应约同美国国防部长奥斯汀进行视频通话。美方强调航行自由。";
        Summary s = summarizer.summarize(SummaryRequest.of(
                List.of(StoryArticle.ofParagraphs(List.of(a)), StoryArticle.ofParagraphs(List.of(b))), "zh"));
        assertThat(s.sentences()).extracting(Sentence::text)
                .filteredOn(t -> t.contains("视频通话")).hasSize(1);
    }

    @Test
    void aGrownStoryYieldsOnlyWhatIsNew() {
        StoryArticle first = qq();
        Summary earlier = summarizer.summarize(SummaryRequest.of(List.of(first), "zh"));
        List<String> sent = earlier.sentences().stream().map(Sentence::text).toList();

        Summary later = summarizer.summarize(SummaryRequest.of(List.of(first, rfi()), "zh").withAlreadySent(sent));

        assertThat(later.isEmpty()).isFalse();
        assertThat(later.sentences()).extracting(Sentence::text).doesNotContainAnyElementsOf(sent);
    }

    @Test
    void aSlightlyRewordedSentenceCountsAsAlreadySent() {
        String text = "中国国防部长董军16日晚应约同美国国防部长奥斯汀视频通话。";
        Summary s = summarizer.summarize(SummaryRequest.of(List.of(StoryArticle.ofParagraphs(List.of(text))), "zh")
                .withAlreadySent(List.of("国防部长董军16日晚应约同美国防长奥斯汀视频通话")));
        assertThat(s.isEmpty()).isTrue();
    }

    @Test
    void returnsEmptyWhenEverythingWasAlreadySent() {
        StoryArticle a = rfi();
        List<String> all = new SentenceSplitter().split(a.text()).stream().map(Sentence::text).toList();
        Summary s = summarizer.summarize(SummaryRequest.of(List.of(a), "zh").withAlreadySent(all));
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.text()).isEmpty();
    }

    @Test
    void neverExtractsTheOutletsOwnLead() {
        String lead = "美国和中国国防部长昨天稍晚实现一年半以来首次通话，这是两个超级大国在紧张对立局势依然严重的情况下仍希望保持对话的新迹象。";
        StoryArticle withLead = new StoryArticle("中美防长难得对话", resource("rfi-defence-call.txt"), lead);
        Summary s = summarizer.summarize(SummaryRequest.of(List.of(withLead), "zh").withBudget(new LengthBudget(400)));
        assertThat(s.text()).doesNotContain("一年半以来首次通话");
    }

    @Test
    void summarisesEnglishWithinSixtyWords() {
        String text = """
                US Defense Secretary Lloyd Austin held a video call with his Chinese counterpart Dong Jun on Tuesday. \
                It was the first substantive talk between the two defence chiefs in 17 months.

                Austin stressed the importance of keeping military lines of communication open. \
                He also raised concerns about China's activity in the South China Sea.

                Dong said Taiwan was the core of China's core interests. \
                The Pentagon said the call was professional and the two sides would keep talking.""";
        Summary s = summarizer.summarize(SummaryRequest.of(List.of(new StoryArticle("Austin and Dong hold first call", text, "")), "en"));
        assertThat(LengthBudget.measure(s.text(), "en")).isLessThanOrEqualTo(60);
        assertThat(s.text()).startsWith("US Defense Secretary Lloyd Austin held a video call");
        assertThat(s.language()).isEqualTo("en");
    }

    @Test
    void aStoryWithNothingWorthSayingHasAnEmptySummary() {
        Summary s = summarizer.summarize(SummaryRequest.of(List.of(StoryArticle.ofParagraphs(List.of("编辑 秦羽", "图源：外交部网站"))), "zh"));
        assertThat(s.isEmpty()).isTrue();
    }

    @Test
    void rejectsAnUnsupportedLanguageWithAClearMessage() {
        assertThatThrownBy(() -> SummaryRequest.of(List.of(qq()), "fr"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"zh\" or \"en\"");
    }

    @Test
    void rejectsAStoryWithoutArticles() {
        assertThatThrownBy(() -> SummaryRequest.of(List.of(), "zh")).isInstanceOf(IllegalArgumentException.class);
    }
}
