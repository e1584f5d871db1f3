package newsbot.bot.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import newsbot.core.digest.EventLine;
import newsbot.core.digest.Statement;
import newsbot.core.source.SourceKind;

final class ChineseLabels implements Labels {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu年M月");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");

    private final ZoneId zone;

    ChineseLabels(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String digestTitle() {
        return "新闻摘要";
    }

    @Override
    public String period(Optional<Instant> since, Instant until) {
        String end = DATE_TIME.format(until.atZone(zone)) + "（" + zone.getId() + "）";
        return since.map(s -> DATE_TIME.format(s.atZone(zone)) + " – " + end).orElse("截至 " + end);
    }

    @Override
    public String counts(int stories, int articles) {
        return stories + " 个事件，" + articles + " 篇文章";
    }

    @Override
    public String nothingNew(Optional<Instant> since, Instant until) {
        return since.map(s -> "自 " + DATE_TIME.format(s.atZone(zone)) + "（" + zone.getId() + "）以来没有新消息。")
                .orElse("暂无新闻。");
    }

    @Override
    public String date(LocalDate date) {
        return DATE.format(date);
    }

    @Override
    public String updatePrefix() {
        return "更新：";
    }

    @Override
    public String whyPrefix() {
        return "入选原因：";
    }

    @Override
    public String untitled() {
        return "（无标题）";
    }

    @Override
    public String moreSources(int hidden) {
        return "另有 " + hidden + " 个来源";
    }

    @Override
    public String titleOnly() {
        return "仅标题";
    }

    @Override
    public String sourcesOnlyIn(String language) {
        return language.equals("zh") ? "仅有中文来源" : "仅有英文来源";
    }

    @Override
    public String kind(SourceKind kind) {
        return switch (kind) {
            case OFFICIAL -> "官方";
            case COMMENTARY -> "评论";
            case NEWS -> "";
        };
    }

    @Override
    public String eventLine(EventLine event) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!event.kind("zh").isEmpty()) {
            parts.add(event.kind("zh"));
        }
        if (!event.parties().isEmpty()) {
            parts.add(String.join("–", event.parties().stream()
                    .map(p -> p.name("zh") + "（" + p.sideName("zh") + "）").toList()));
        }
        event.date().ifPresent(d -> parts.add(switch (event.precision()) {
            case "month" -> MONTH.format(d);
            case "week" -> DATE.format(d) + "当周";
            default -> DATE.format(d);
        }));
        return String.join(" · ", parts);
    }

    @Override
    public String statementPrefix(Statement statement) {
        return statement.sideName("zh") + "方（" + statement.who("zh") + "）：";
    }

    @Override
    public String articlesOf(int count) {
        return "×" + count;
    }

    @Override
    public String searchTitle(String query) {
        return "搜索：“" + query + "”";
    }

    @Override
    public String searchCounts(int total, boolean atLeast, int page) {
        return (atLeast ? total + "+ 条结果" : "共 " + total + " 条结果") + " · 第 " + page + " 页";
    }

    @Override
    public String noResults(String query) {
        return "没有找到“" + query + "”的结果。";
    }

    @Override
    public String didYouMean(java.util.List<String> names) {
        return "您要找的是不是" + String.join("或", names.stream().map(n -> "“" + n + "”").toList()) + "？";
    }

    @Override
    public String showingResultsFor(String searched, String typed) {
        return "以下是“" + searched + "”的结果（您输入的是“" + typed + "”）。";
    }

    @Override
    public String pastTheEnd(int page, int pages) {
        return "第 " + page + " 页已超出范围：结果只有 " + pages + " 页。";
    }

    @Override
    public String moreResults(int nextPage) {
        return "更多结果见第 " + nextPage + " 页。";
    }

    @Override
    public String commandsTitle() {
        return "命令";
    }

    @Override
    public String errorPrefix() {
        return "出错：";
    }
}
