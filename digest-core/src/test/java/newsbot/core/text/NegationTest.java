package newsbot.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NegationTest {
    private static boolean negated(String text, String word) {
        return Negation.negated(text, text.indexOf(word));
    }

    @Test
    void chineseNegationsRightBeforeTheWord() {
        assertThat(negated("中美防长在东盟防长扩大会期间未会晤", "会晤")).isTrue();
        assertThat(negated("两人已经数月没有通话", "通话")).isTrue();
        assertThat(negated("双方并未会面", "会面")).isTrue();
        assertThat(negated("两国防长未能见面", "见面")).isTrue();
    }

    @Test
    void chineseWordsThatAreNotNegated() {
        assertThat(negated("董军同奥斯汀举行视频通话", "视频通话")).isFalse();
        assertThat(negated("双方不断会晤", "会晤")).isFalse();
        assertThat(negated("未来将举行会谈", "会谈")).isFalse(); // 未来 ("the future") is not 未
    }

    @Test
    void englishNegationsWithinTwoWords() {
        assertThat(negated("The ministers did not meet in Singapore", "meet")).isTrue();
        assertThat(negated("There was no phone call", "phone call")).isTrue();
        assertThat(negated("Austin didn't hold a meeting with Dong", "meeting")).isTrue();
        assertThat(negated("Austin met Dong Jun", "met")).isFalse();
        assertThat(negated("Nothing stopped the talks", "talks")).isFalse();
    }
}
