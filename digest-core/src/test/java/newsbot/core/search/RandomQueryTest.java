package newsbot.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Property: whatever a person types, search answers with hits or an InvalidQueryException, nothing else. */
class RandomQueryTest {

    private static final String[] PIECES = {
        "\"", "'", "“", "”", "「", "*", "^", ":", "(", ")", "{", "}", "[", "]", "+", "-", "－", ",", ".", "/",
        "\\", "%", "_", "NEAR", "NEAR(", "OR", "AND", "NOT", "or", " ", "  ", "\t", "\n", "\r\n", "\u0000",
        "\u001f", "\u200b", "\u202e", "\ufeff", "😀", "👩‍👩‍👧", "\uD83D", "\uDE00", "𠀀", "董军", "督军", "防长", "两军",
        "奥斯汀", "香会", "talks", "Dong", "Jun", "Austin", "Shangri-La", "col:", "title:", "body:", "rowid",
        "'; DROP TABLE articles; --", "\"\"", "\"\"\"", "x*", "^y", "1e10", "３", "é", "ﬁ", "ǅ", "İ", "ß",
    };

    @TempDir
    Path dir;

    @Test
    void anyTextYieldsHitsOrAnInvalidQueryException() throws Exception {
        long seed = 20240501L;
        Random random = new Random(seed);
        try (TestDb db = new TestDb(dir)) {
            db.add("董军与奥斯汀视频通话", "国防部长董军应约同美国防长奥斯汀视频通话，两军同意恢复沟通。");
            db.add("Defense chiefs talk at Shangri-La Dialogue", "Ministers held talks in Singapore.");
            SearchEngine engine = new SearchEngine(SearchEngineTest.GAZETTEER);
            int answered = 0;
            int rejected = 0;
            for (int i = 0; i < 3_000; i++) {
                String text = randomText(random, i % 500 == 0 ? 6_000 : random.nextInt(40));
                SearchQuery query = new SearchQuery(text, random.nextInt(60) - 5, random.nextInt(4) - 1,
                        random.nextBoolean());
                try {
                    SearchResults results = engine.search(db.connection(), query);
                    results.hits().forEach(h -> assertThat(h.snippet().plain()).isNotNull());
                    answered++;
                } catch (InvalidQueryException e) {
                    assertThat(e.getMessage()).isNotBlank();
                    rejected++;
                }
            }
            assertThat(answered).as("seed %d", seed).isGreaterThan(1_000);
            assertThat(rejected).as("seed %d", seed).isPositive();
        }
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(4)) {
                case 0 -> out.append(PIECES[random.nextInt(PIECES.length)]);
                case 1 -> out.append((char) random.nextInt(0x10000));       // any UTF-16 unit, lone surrogates too
                case 2 -> out.appendCodePoint(random.nextInt(0x110000));    // any code point
                default -> out.append((char) ('a' + random.nextInt(26)));
            }
        }
        return out.toString();
    }
}
