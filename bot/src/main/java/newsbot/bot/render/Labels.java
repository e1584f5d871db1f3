package newsbot.bot.render;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import newsbot.core.digest.EventLine;
import newsbot.core.digest.Statement;
import newsbot.core.source.SourceKind;

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

    /** Says a story has no text beyond its titles: "title only". */
    String titleOnly();

    /** Says every source is in another language than the reader's ("zh" or "en"): "Chinese sources only". */
    String sourcesOnlyIn(String language);

    /** A word after an outlet for official and commentary sources ("official", "官方"); "" for news. */
    String kind(SourceKind kind);

    /** "Video call · Lloyd Austin (US) – Dong Jun (China) · 16 Apr 2024": what happened, in this language. */
    String eventLine(EventLine event);

    /** Opens one side's words: "US (Lloyd Austin): ", "美方（劳埃德·奥斯汀）：". */
    String statementPrefix(Statement statement);

    /** After an outlet with several articles in a story: "×3". */
    String articlesOf(int count);

    String searchTitle(String query);

    /** "14 results · page 2"; with {@code atLeast}, total is a lower bound: "10+ results · page 1". */
    String searchCounts(int total, boolean atLeast, int page);

    String noResults(String query);

    /** "Did you mean “hotline”?" for one or more known names near what was typed. */
    String didYouMean(java.util.List<String> names);

    /** "Showing results for “Austin” (you typed “Austen”)." */
    String showingResultsFor(String searched, String typed);

    /** "Page 9 is past the end: there are 2 pages of results." */
    String pastTheEnd(int page, int pages);

    String moreResults(int nextPage);

    String commandsTitle();

    String errorPrefix();
}
