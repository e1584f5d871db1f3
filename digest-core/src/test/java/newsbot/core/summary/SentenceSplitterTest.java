package newsbot.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsChineseAtFullStopsExclamationsQuestionsAndSemicolons() {
        assertThat(texts("中美防长通话。双方交换意见！结果如何？还要观察；后续再说。"))
                .containsExactly("中美防长通话。", "双方交换意见！", "结果如何？", "还要观察；", "后续再说。");
    }

    @Test
    void keepsTheClosingQuoteWithItsSentence() {
        assertThat(texts("他说：“我们会继续。”然后离开了。"))
                .containsExactly("他说：“我们会继续。”", "然后离开了。");
    }

    @Test
    void keepsClosingCornerBracketsAndParenthesesWithTheSentence() {
        assertThat(texts("她表示「不会让步。」（完）记者追问。"))
                .containsExactly("她表示「不会让步。」", "（完）记者追问。");
        assertThat(texts("(He left.) Then he came back."))
                .containsExactly("(He left.)", "Then he came back.");
    }

    @Test
    void splitsEnglishAtFullStopsQuestionAndExclamationMarks() {
        assertThat(texts("The call lasted an hour. Did it help? Officials said yes! Talks go on."))
                .containsExactly("The call lasted an hour.", "Did it help?", "Officials said yes!", "Talks go on.");
    }

    @Test
    void doesNotSplitAtTitlesAndMilitaryRanks() {
        assertThat(texts("Mr. Austin met Gen. Liu and Adm. Aquilino. Dr. Smith and Lt. Col. Jones attended."))
                .containsExactly("Mr. Austin met Gen. Liu and Adm. Aquilino.", "Dr. Smith and Lt. Col. Jones attended.");
    }

    @Test
    void doesNotSplitAtUsOrLatinAbbreviations() {
        assertThat(texts("U.S. officials spoke, e.g. about ships, i.e. the Navy. They met."))
                .containsExactly("U.S. officials spoke, e.g. about ships, i.e. the Navy.", "They met.");
    }

    @Test
    void doesNotSplitAtMonthsTimesOrNumberAbbreviations() {
        assertThat(texts("On Jan. 9 at 9 a.m. Beijing time, No. 1 ranked talks began. They ended."))
                .containsExactly("On Jan. 9 at 9 a.m. Beijing time, No. 1 ranked talks began.", "They ended.");
    }

    @Test
    void doesNotSplitAtInitials() {
        assertThat(texts("Gen. Charles Q. Brown Jr. spoke with Liu Zhenli. The call was long."))
                .containsExactly("Gen. Charles Q. Brown Jr. spoke with Liu Zhenli.", "The call was long.");
    }

    @Test
    void doesNotSplitInsideDecimals() {
        assertThat(texts("Spending rose 3.5% to $886.3 billion. Analysts noted it."))
                .containsExactly("Spending rose 3.5% to $886.3 billion.", "Analysts noted it.");
    }

    @Test
    void doesNotSplitWhenTheNextWordIsLowerCase() {
        assertThat(texts("They met in Hawaii etc. and agreed. Fine."))
                .containsExactly("They met in Hawaii etc. and agreed.", "Fine.");
    }

    @Test
    void anEllipsisInsideQuotesDoesNotEndTheSentence() {
        assertThat(texts("米利说：“他们还无法与美国比肩……但这种担忧并不过分。”报道如是说。"))
                .containsExactly("米利说：“他们还无法与美国比肩……但这种担忧并不过分。”", "报道如是说。");
        assertThat(texts("He said \"we wait... and see.\" Then he left."))
                .containsExactly("He said \"we wait... and see.\"", "Then he left.");
    }

    @Test
    void anEllipsisOutsideQuotesEndsTheSentence() {
        assertThat(texts("局势仍不明朗……各方都在观望。")).containsExactly("局势仍不明朗……", "各方都在观望。");
        assertThat(texts("We waited... Nothing came.")).containsExactly("We waited...", "Nothing came.");
    }

    @Test
    void handlesEnglishInsideChineseText() {
        assertThat(texts("美国参谋长联席会议主席布朗(CQ Brown Jr.)和刘振立通话。美国驻华大使伯恩斯(Nicholas Burns)表示关切。"))
                .containsExactly("美国参谋长联席会议主席布朗(CQ Brown Jr.)和刘振立通话。", "美国驻华大使伯恩斯(Nicholas Burns)表示关切。");
    }

    @Test
    void anEnglishQuotationEndingInAFullStopThenChineseSplits() {
        assertThat(texts("他引用了一句话\"We will fly and sail.\"随后离开。"))
                .containsExactly("他引用了一句话\"We will fly and sail.\"", "随后离开。");
    }

    @Test
    void aBlankLineAlwaysEndsASentence() {
        List<Sentence> sentences = splitter.split("高层交往恢复\n\n2022年8月时任美国众议长窜台。\n\nNo full stop here\n\nNext one.");
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("高层交往恢复", "2022年8月时任美国众议长窜台。", "No full stop here", "Next one.");
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aSingleLineBreakJoinsWrappedLines() {
        assertThat(texts("【环球时报报道 记者\n郭媛丹】编者的话。The report\nwas published.")).containsExactly(
                "【环球时报报道 记者郭媛丹】编者的话。", "The report was published.");
    }

    @Test
    void reportsParagraphIndexPositionAndOffset() {
        String text = "第一句。第二句。\n\n第三句。";
        List<Sentence> sentences = splitter.split(text);
        assertThat(sentences).containsExactly(
                new Sentence("第一句。", 0, 0, 0),
                new Sentence("第二句。", 0, 1, 4),
                new Sentence("第三句。", 1, 2, 10));
        assertThat(text.substring(10)).startsWith("第三句");
    }

    @Test
    void blankTextHasNoSentences() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n\n \n")).isEmpty();
    }

    @Test
    void keepsRunsOfTerminatorsTogether() {
        assertThat(texts("真的吗？！当然。Really?! Yes.")).containsExactly("真的吗？！", "当然。", "Really?!", "Yes.");
    }
}
