package newsbot.bot.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import newsbot.core.digest.EventLine;
import newsbot.core.digest.Statement;
import newsbot.core.source.SourceKind;

final class EnglishLabels implements Labels {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);

    private final ZoneId zone;

    EnglishLabels(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String digestTitle() {
        return "newsbot digest";
    }

    @Override
    public String period(Optional<Instant> since, Instant until) {
        String end = DATE_TIME.format(until.atZone(zone)) + " (" + zone.getId() + ")";
        return since.map(s -> DATE_TIME.format(s.atZone(zone)) + " – " + end).orElse("until " + end);
    }

    @Override
    public String counts(int stories, int articles) {
        return plural(stories, "story", "stories") + " from " + plural(articles, "article", "articles");
    }

    @Override
    public String nothingNew(Optional<Instant> since, Instant until) {
        return since.map(s -> "No new stories since " + DATE_TIME.format(s.atZone(zone)) + " (" + zone.getId() + ").")
                .orElse("No stories yet.");
    }

    @Override
    public String date(LocalDate date) {
        return DATE.format(date);
    }

    @Override
    public String updatePrefix() {
        return "Update: ";
    }

    @Override
    public String whyPrefix() {
        return "Why: ";
    }

    @Override
    public String untitled() {
        return "(untitled)";
    }

    @Override
    public String moreSources(int hidden) {
        return "+ " + plural(hidden, "more source", "more sources");
    }

    @Override
    public String titleOnly() {
        return "title only";
    }

    @Override
    public String sourcesOnlyIn(String language) {
        return language.equals("zh") ? "Chinese sources only" : "English sources only";
    }

    @Override
    public String kind(SourceKind kind) {
        return switch (kind) {
            case OFFICIAL -> "official";
            case COMMENTARY -> "commentary";
            case NEWS -> "";
        };
    }

    @Override
    public String eventLine(EventLine event) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!event.kind("en").isEmpty()) {
            parts.add(event.kind("en"));
        }
        if (!event.parties().isEmpty()) {
            parts.add(String.join(" – ", event.parties().stream()
                    .map(p -> p.name("en") + " (" + p.sideName("en") + ")").toList()));
        }
        event.date().ifPresent(d -> parts.add(switch (event.precision()) {
            case "month" -> MONTH.format(d);
            case "week" -> "week of " + DATE.format(d);
            default -> DATE.format(d);
        }));
        return String.join(" · ", parts);
    }

    @Override
    public String statementPrefix(Statement statement) {
        return statement.sideName("en") + " (" + statement.who("en") + "): ";
    }

    @Override
    public String articlesOf(int count) {
        return "×" + count;
    }

    @Override
    public String searchTitle(String query) {
        return "Search: “" + query + "”";
    }

    @Override
    public String searchCounts(int total, boolean atLeast, int page) {
        return (atLeast ? total + "+ results" : plural(total, "result", "results")) + " · page " + page;
    }

    @Override
    public String noResults(String query) {
        return "No results for “" + query + "”.";
    }

    @Override
    public String didYouMean(java.util.List<String> names) {
        return "Did you mean " + quotedList(names, " or ") + "?";
    }

    @Override
    public String showingResultsFor(String searched, String typed) {
        return "Showing results for “" + searched + "” (you typed “" + typed + "”).";
    }

    @Override
    public String pastTheEnd(int page, int pages) {
        return "Page " + page + " is past the end: there " + (pages == 1 ? "is 1 page" : "are " + pages + " pages")
                + " of results.";
    }

    private static String quotedList(java.util.List<String> names, String last) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? "" : i == names.size() - 1 ? last : ", ").append('“').append(names.get(i)).append('”');
        }
        return out.toString();
    }

    @Override
    public String moreResults(int nextPage) {
        return "More results on page " + nextPage + ".";
    }

    @Override
    public String commandsTitle() {
        return "Commands";
    }

    @Override
    public String errorPrefix() {
        return "Error: ";
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
