package newsbot.bot.render;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Every word a rendering adds around article text, in one language. Returns plain text only:
 * renderers escape it like article text, since a query or a zone name may be inside.
 */
interface Labels {
    String digestTitle();

    /** The period a digest covers, with the zone named. */
    String period(Optional<Instant> since, Instant until);

    String counts(int stories, int articles);

    String nothingNew(Optional<Instant> since, Instant until);

    String date(LocalDate date);

    /** Marks a story that was sent before; ends with its own separator ("Update: ", "更新："). */
    String updatePrefix();

    /** Precedes the reasons a story was included ("Why: ", "入选原因："). */
    String whyPrefix();

    String untitled();

    String moreSources(int hidden);

    String searchTitle(String query);

    String searchCounts(int total, int page);

    String noResults(String query);

    String moreResults(int nextPage);

    String commandsTitle();

    String errorPrefix();

    /** Joins summary sentences: a space after Latin text, nothing after Chinese punctuation. */
    static String joinSentences(Iterable<String> sentences) {
        StringBuilder out = new StringBuilder();
        for (String sentence : sentences) {
            if (sentence.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && !isCjk(out.codePointBefore(out.length()))) {
                out.append(' ');
            }
            out.append(sentence);
        }
        return out.toString();
    }

    private static boolean isCjk(int codePoint) {
        return codePoint >= 0x2E80 && codePoint <= 0x9FFF || codePoint >= 0xF900 && codePoint <= 0xFAFF
                || codePoint >= 0xFF00 && codePoint <= 0xFFEF || codePoint >= 0x20000 && codePoint <= 0x3FFFF;
    }
}
