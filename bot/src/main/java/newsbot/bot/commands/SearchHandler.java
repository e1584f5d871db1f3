package newsbot.bot.commands;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.bot.chat.Button;
import newsbot.bot.chat.ChatReply;
import newsbot.bot.render.Notice;
import newsbot.bot.render.Range;
import newsbot.bot.render.SearchResultView;
import newsbot.core.search.InvalidQueryException;
import newsbot.core.search.SearchHit;
import newsbot.core.search.SearchQuery;
import newsbot.core.search.SearchResults;
import newsbot.core.store.StoreException;

/** /search QUERY [page K]: ten results a page, and a button for the next. */
final class SearchHandler {
    static final int MAX_QUERY_CHARS = 500;
    private static final int PAGE_SIZE = 10;
    private static final Pattern PAGED = Pattern.compile("(?s)(.*?)\\s+page\\s+(\\d{1,4})\\s*$");

    private SearchHandler() {
    }

    static ChatReply answer(Call call) {
        String text = call.request().args().strip();
        int page = 1;
        Matcher m = PAGED.matcher(text);
        if (m.matches()) {
            text = m.group(1).strip();
            page = Math.max(1, Integer.parseInt(m.group(2)));
        }
        if (text.isEmpty()) {
            return call.replies().notice(Notice.info(call.say(
                    "Tell me what to look for, e.g. /search 董军 or /search Austin.",
                    "请在 /search 后写上要找的词，例如 /search 董军 或 /search Austin。")));
        }
        if (text.length() > MAX_QUERY_CHARS) {
            return call.replies().notice(Notice.info(call.say(
                    "That query is too long (" + text.length() + " characters); keep it under " + MAX_QUERY_CHARS + ".",
                    "查询太长（" + text.length() + " 个字符），请控制在 " + MAX_QUERY_CHARS + " 个字符以内。")));
        }
        SearchResults results;
        try {
            results = call.digests().search(new SearchQuery(text, PAGE_SIZE, page, false));
        } catch (InvalidQueryException e) {
            return call.replies().notice(Notice.info(e.getMessage()));
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (results.hits().isEmpty() && call.control().firstScan().isPresent()) {
            return call.replies().notice(Notice.info(call.control().firstScan().get().describe(call.zh())));
        }
        if (results.hits().isEmpty() && !results.message().isBlank()) { // say why nothing was found, e.g. one character
            return call.replies().notice(Notice.info(call.say("No results for “" + text + "”.", "没有找到“" + text + "”的结果。")
                    + " " + results.message()));
        }
        List<SearchResultView.Hit> hits = results.hits().stream().map(SearchHandler::hit).toList();
        SearchResultView view = new SearchResultView(text, results.page(), results.hasMore(), results.total(),
                !results.totalIsExact(), results.pages(), hits, results.corrections().stream()
                .map(c -> new SearchResultView.Correction(c.typed(), c.searched())).toList(), results.suggestions());
        List<Button> buttons = results.hasMore()
                ? List.of(new Button(call.say("Next page ›", "下一页 ›"), "search:" + text + " page " + (results.page() + 1)))
                : List.of();
        return call.replies().search(view, buttons);
    }

    private static SearchResultView.Hit hit(SearchHit h) {
        return new SearchResultView.Hit(h.title(), h.outlet(), h.url(), h.published().map(d -> d.toLocalDate()),
                h.snippet().text(), h.snippet().highlights().stream().map(r -> new Range(r.start(), r.end())).toList());
    }
}
