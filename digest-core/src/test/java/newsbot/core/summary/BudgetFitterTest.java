package newsbot.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import newsbot.core.text.Language;
import org.junit.jupiter.api.Test;

class BudgetFitterTest {

    @Test
    void chineseLengthCountsPunctuationButNotWhitespace() {
        assertThat(LengthBudget.measure("中美 防长，通话。", "zh")).isEqualTo(8);
    }

    @Test
    void englishLengthCountsWords() {
        assertThat(LengthBudget.measure("  Austin met   Dong Jun. ", "en")).isEqualTo(4);
    }

    @Test
    void cutsChineseAtTheLastClauseThatFits() {
        assertThat(BudgetFitter.truncate("双方讨论了两军关系，同意保持沟通，并约定再谈。", 17, Language.ZH))
                .contains("双方讨论了两军关系，同意保持沟通…");
    }

    @Test
    void cutsHardWithAnEllipsisWhenNoClauseFits() {
        assertThat(BudgetFitter.truncate("中华人民共和国国防部长董军应约通话", 8, Language.ZH)).contains("中华人民共和国…");
    }

    @Test
    void cutsEnglishAtAClauseComma() {
        assertThat(BudgetFitter.truncate("Austin called Dong on Tuesday, the first call in 17 months, officials said.", 8, Language.EN))
                .contains("Austin called Dong on Tuesday…");
    }

    @Test
    void leavesTextThatFitsAlone() {
        assertThat(BudgetFitter.truncate("中美防长通话。", 7, Language.ZH)).contains("中美防长通话。");
    }
}
