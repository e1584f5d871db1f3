package newsbot.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A person's Chinese name counts only where it stands alone; a word only outside its false friends. */
class NameGuardTest {

    private static NameGuard person(List<String> risky, List<String> own, String... falseFriends) {
        return new NameGuard(risky, risky.stream().map(n -> true).toList(), own, List.of(falseFriends));
    }

    private static final NameGuard MILLEY = person(List.of("米利", "马克·米利"), List.of("马克·米利", "米利", "Milley"), "米利亚");
    private static final NameGuard BROWN = person(List.of("布朗"), List.of("查尔斯·布朗", "小查尔斯·布朗", "布朗"), "布朗族");
    private static final NameGuard KISSINGER = person(List.of("基辛格"), List.of("亨利·基辛格", "基辛格"));

    @Test
    void aNameContinuedByATransliterationIsAnotherName() {
        assertThat(MILLEY.accepts("美“米利厄斯”号导弹驱逐舰过航台湾海峡。")).isFalse();
        assertThat(MILLEY.accepts("美国参联会主席米利表示，不排除通话。")).isTrue();
        assertThat(BROWN.accepts("拜登抵达得州南部布朗斯维尔市。")).isFalse();
    }

    @Test
    void aNameBegunBeforeByATransliterationIsAnotherName() {
        assertThat(person(List.of("卡尔"), List.of("科林·卡尔", "卡尔")).accepts("土耳其国防部长阿卡尔说。")).isFalse();
    }

    @Test
    void aNameEndingTheLastPartOfADottedNameIsAnotherName() {
        NameGuard kahl = person(List.of("卡尔"), List.of("科林·卡尔", "卡尔"));

        assertThat(kahl.accepts("新德里马诺哈尔·帕里卡尔国防研究所顾问表示。")).isFalse();
        assertThat(kahl.accepts("美国防部副部长科林·卡尔表示。")).isTrue();
    }

    @Test
    void anAmbiguousNameNeedsAVouchingNameNearItOrAnotherOfThePersonsNames() {
        ContextNames context = new ContextNames(List.of(
                new Concept("Pentagon", Concept.Kind.NAME, "topic", List.of("美国国防部"), List.of(), List.of(), true),
                new Concept("Ukraine", Concept.Kind.PLACE, "glossary", List.of("乌克兰"), List.of())), 12);
        NameGuard kahl = new NameGuard(List.of("卡尔", "科林·卡尔"), List.of(true, true), List.of("科林·卡尔", "卡尔"),
                List.of(), List.of(true, false), java.util.Set.of("Colin Kahl"), context);

        assertThat(kahl.accepts("美国国防部副部长卡尔称。")).isTrue();
        assertThat(kahl.accepts("乌克兰西部的扎卡尔帕蒂亚州。")).as("a place does not vouch").isFalse();
        assertThat(kahl.accepts("美国国防部发言人表示，此事与十年前的一场对话有关。那时卡尔还在大学。"))
                .as("too far").isFalse();
        assertThat(kahl.accepts("科林·卡尔曾任职。卡尔表示。")).isTrue();
    }

    @Test
    void ordinaryWordsAfterANameDoNotHideIt() {
        assertThat(MILLEY.accepts("行动迟缓的马克·米利根本不应该向中国军事领导层道歉。")).isTrue();
        assertThat(person(List.of("奥斯汀"), List.of("奥斯汀")).accepts("奥斯汀提及南海问题。")).isTrue();
    }

    @Test
    void aDottedNameThatIsNotThePersonsOwnIsSomeoneElse() {
        assertThat(BROWN.accepts("纽森的前任杰里·布朗曾访华。")).isFalse();
        assertThat(BROWN.accepts("空军参谋长小查尔斯·布朗接任。")).isTrue();
    }

    @Test
    void anArticleThatIntroducesAnotherPersonOfTheNameMeansHimByTheBareName() {
        String chips = "英特尔CEO帕特·基辛格表示，订单减少。基辛格急于确保自己不会重蹈覆辙。";

        assertThat(KISSINGER.accepts(chips)).isFalse();
        assertThat(KISSINGER.accepts(chips + "亨利·基辛格曾多次访华。")).isTrue();
        assertThat(KISSINGER.accepts("百岁基辛格再次访华。")).isTrue();
    }

    @Test
    void aFalseFriendHidesTheNameInsideIt() {
        assertThat(BROWN.accepts("布朗族群众欢度节日。")).isFalse();
        assertThat(BROWN.accepts("布朗族群众欢度节日。参联会主席布朗发表讲话。")).isTrue();
    }

    @Test
    void aWordIsFoundOutsideItsFalseFriendsOnly() {
        NameGuard hotline = new NameGuard(List.of("热线", "hotline"), List.of(false, false), List.of("热线", "hotline"),
                List.of("客服热线", "Hotline Miami"));

        assertThat(hotline.accepts("记者拨打客服热线询问。")).isFalse();
        assertThat(hotline.accepts("两军同意恢复军事热线。")).isTrue();
        assertThat(hotline.accepts("The game Hotline Miami sold well.")).isFalse();
        assertThat(hotline.accepts("The hotlines were restored.")).isTrue();
    }

    @Test
    void anArticleWhereTheNameCannotBeFoundIsKept() {
        assertThat(MILLEY.accepts("Nothing here names him in these letters.")).isTrue();
    }
}
