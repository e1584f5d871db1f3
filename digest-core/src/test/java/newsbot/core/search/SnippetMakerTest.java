package newsbot.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SnippetMakerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final QueryParser parser = new QueryParser(analyzer, SearchEngineTest.GAZETTEER);
    private final SnippetMaker snippets = new SnippetMaker(analyzer);

    private Snippet snippet(String query, String... texts) throws InvalidQueryException {
        return snippets.snippet(List.of(texts), parser.parse(query).required());
    }

    private static List<String> marked(Snippet s) {
        return s.highlights().stream().map(r -> s.text().substring(r.start(), r.end())).toList();
    }

    @Test
    void aMatchDeepInALongChineseTextIsFoundAndMarkedExactly() throws Exception {
        String filler = "会议讨论了经济合作与地区形势，各方表示将继续保持沟通。\n".repeat(40);
        String text = filler + "督军一词与此无关。国防部长董军当天与美方通话。" + filler;

        Snippet s = snippet("董军", text);

        assertThat(marked(s)).containsExactly("董军");
        assertThat(s.text()).contains("国防部长董军当天与美方通话").doesNotContain("«");
    }

    @Test
    void englishStemsAreMarkedInTheirWrittenForm() throws Exception {
        String text = "中方表示。\nThe two ministers held talks by video. 双方同意保持沟通。";

        assertThat(marked(snippet("talk", text))).containsExactly("talks");
    }

    @Test
    void anEnglishNameMarksItsChineseAliasAndItself() throws Exception {
        String text = "美国防长奥斯汀表示，双方将恢复对话。\nAustin said the channel matters.";

        assertThat(marked(snippet("Austin", text))).contains("奥斯汀", "Austin");
    }

    @Test
    void aFoldedWordIsFoundInAChunkWithoutPlainLetters() throws Exception {
        String text = "消息来源。\nPérez。\n其他内容。";

        assertThat(marked(snippet("perez", text))).containsExactly("Pérez");
    }

    @Test
    void aWordWithACurlyApostropheIsFoundByItsStraightForm() throws Exception {
        String text = "国防部发言人表示。\nMr O’Brien spoke to the press.";

        assertThat(marked(snippet("O'Brien", text))).containsExactly("O’Brien");
    }

    @Test
    void withoutAMatchTheSnippetStartsAtTheText() throws Exception {
        Snippet s = snippet("董军", "没有相关内容的一段文字。");

        assertThat(s.highlights()).isEmpty();
        assertThat(s.text()).startsWith("没有相关内容");
    }

    /**
     * Skipping chunks must never lose a match: on random Chinese and English texts, every
     * text with a single-term match (by whole-text analysis) gets a highlight, and only matches are marked.
     */
    @Test
    void skippingChunksMarksWhatAWholeTextAnalysisFinds() throws Exception {
        String[] pieces = {"董军", "督军", "董事", "军事", "通话", "。", "\n", "，", " ", "talks", "Talk", "talking",
                "Pérez", "2024", "奥斯汀", "美国", "防长", "！", "？", "ＡＢ", "a", "Ｔａｌｋｓ", "２０２４", "5"};
        String[] queries = {"董军", "talk", "防长", "军事", "perez", "2024", "ab"}; // one term each
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String query = queries[random.nextInt(queries.length)];
            String term = analyzer.tokens(query).get(0).term();
            List<String> expected = new ArrayList<>();
            for (Token t : analyzer.tokens(text.toString())) {
                if (t.term().equals(term)) {
                    expected.add(text.substring(t.start(), t.end()));
                }
            }

            Snippet s = snippet(query, text.toString());

            if (expected.isEmpty()) {
                assertThat(s.highlights()).as("%s in %s", query, text).isEmpty();
            } else {
                assertThat(s.highlights()).as("%s in %s", query, text).isNotEmpty();
                for (String m : marked(s)) { // touching matches are marked as one
                    String rest = m;
                    for (String e : expected) {
                        rest = rest.replace(e, "");
                    }
                    assertThat(rest).as("%s marked in %s for %s", m, text, query).isEmpty();
                }
            }
        }
    }

    /** What the English probe relies on: a stem's first letters (up to three, never its last) start its word. */
    @Test
    void everyStemKeepsTheFirstLettersOfItsWord() {
        String[] stems = {"a", "ay", "by", "sky", "hap", "rel", "organ", "sensib", "val", "digit", "possib", "hop", "ab",
                "i", "fe", "x", "caus", "ai", "oy", "eed", "be", "ab", "ul"};
        String[] suffixes = {"", "s", "es", "ies", "sses", "y", "ys", "ied", "ying", "ed", "ing", "eed", "ational",
                "tional", "enci", "anci", "izer", "bli", "abli", "alli", "entli", "eli", "ousli", "ization", "ation",
                "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "bilities", "logi",
                "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "ement", "ment", "ent", "ion", "ou", "ism",
                "ate", "iti", "ous", "ive", "ize", "e", "ll", "ly", "ility", "ously", "ements"};
        Random random = new Random(11);
        int checked = 0;
        for (String stem : stems) {
            for (String suffix : suffixes) {
                for (String word : new String[] {stem + suffix, stem + suffix + suffix,
                        stem + suffixes[random.nextInt(suffixes.length)] + suffix}) {
                    for (Token t : analyzer.tokens(word.toUpperCase(java.util.Locale.ROOT) + " " + word)) {
                        String term = t.term();
                        String prefix = term.substring(0, Math.max(1, Math.min(3, term.length() - 1)));
                        assertThat(word).as("stem %s of %s", term, word).startsWith(prefix);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(5_000);
    }
}
