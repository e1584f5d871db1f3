package newsbot.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a corpus shows the topic's names miss: unseen forms, new transliterations, longer names holding one. */
class VocabularyMinerTest {
    @TempDir
    Path dir;

    private VocabularyMiner miner() throws Exception {
        Path topic = Files.writeString(dir.resolve("t.yml"), """
                id: t
                name: Test
                threshold: 2
                sides: [us, cn]
                entities:
                  - id: aquilino
                    kind: person
                    side: us
                    names: {en: [John Aquilino, Aquilino], zh: [阿奎利诺]}
                  - id: milley
                    kind: person
                    side: us
                    names: {en: [Mark Milley, Milley], zh: [米利]}
                  - id: cjcs
                    kind: office
                    side: us
                    names: {en: [Chairman of the Joint Chiefs], zh: [参联会主席]}
                  - id: pla
                    kind: force
                    side: cn
                    names: {en: [PLA], zh: [解放军, 中国人民解放军海军陆战队]}
                terms:
                  talk:
                    - {en: [call], zh: [通话]}
                rules:
                  - id: r
                    all: [{side: us}, {terms: talk}]
                    weight: 3
                """);
        VocabularyMiner miner = new VocabularyMiner(Topic.load(topic));
        miner.add("美军司令约翰·阿奎里诺（John C. Aquilino）表示，愿与解放军通话。");
        miner.add("美参联会主席米莱称。“米利厄斯”号导弹驱逐舰过航台湾海峡。");
        return miner;
    }

    @Test
    void formsNoArticleHoldsAreListed() throws Exception {
        assertThat(miner().report().unseen()).extracting(VocabularyMiner.Seen::text)
                .contains("中国人民解放军海军陆战队", "阿奎利诺").doesNotContain("解放军", "米利");
    }

    @Test
    void aChineseNameWithThePersonsEnglishNameInBracketsIsATransliteration() throws Exception {
        assertThat(miner().report().transliterations()).anySatisfy(s -> {
            assertThat(s.text()).isEqualTo("约翰·阿奎里诺");
            assertThat(s.forWhom()).isEqualTo("John Aquilino");
        });
    }

    @Test
    void aNameRightAfterAnOfficeIsACandidate() throws Exception {
        assertThat(miner().report().transliterations()).anySatisfy(s -> {
            assertThat(s.text()).isEqualTo("米莱");
            assertThat(s.forWhom()).isEqualTo("after 参联会主席");
        });
    }

    @Test
    void longerNamesHoldingAShortNameAreListedForTheNotList() throws Exception {
        assertThat(miner().report().longerNames()).anySatisfy(s -> {
            assertThat(s.text()).isEqualTo("米利厄斯");
            assertThat(s.count()).isEqualTo(1);
        });
    }

    /** A text that names five things the topic knows, and then the given sentence. */
    private static String onTheTopicsGround(String sentence) {
        return "参联会主席米利与阿奎利诺谈及解放军，双方通话。" + sentence;
    }

    @Test
    void aBracketedNamePairOnTheTopicsGroundIsProposedForTheGlossary() throws Exception {
        VocabularyMiner miner = miner();
        miner.add(onTheTopicsGround("美国防部副部长科林·卡尔（Colin Kahl）表示。"));
        miner.add(onTheTopicsGround("科林·卡尔（Colin Kahl）再次表示。"));

        assertThat(miner.report().pairs()).singleElement().satisfies(p -> {
            assertThat(p.zh()).isEqualTo("科林·卡尔");
            assertThat(p.en()).isEqualTo("Colin Kahl");
            assertThat(p.known()).isEmpty();
            assertThat(p.count()).isEqualTo(2);
        });
    }

    @Test
    void aGivenNameBeginningWithACommonCharacterIsReadWhole() throws Exception {
        VocabularyMiner miner = miner();
        miner.add(onTheTopicsGround("首席执行官山姆·奥特曼（Sam Altman）与专家保罗·特里奥罗（Paul Triolo）交谈。"));

        assertThat(miner.report().pairs()).extracting(VocabularyMiner.Pair::zh)
                .containsExactlyInAnyOrder("山姆·奥特曼", "保罗·特里奥罗");
    }

    @Test
    void aPairOffTheTopicsGroundOrOfAnAcronymOrOfTheTopicsPeopleIsNotProposed() throws Exception {
        VocabularyMiner miner = miner();
        miner.add("歌手泰勒·斯威夫特（Taylor Swift）举行演唱会。");
        miner.add(onTheTopicsGround("据美国有线电视新闻网（CNN）报道，约翰·阿奎里诺（John C. Aquilino）说。"));

        assertThat(miner.report().pairs()).isEmpty();
    }
}
