package newsbot.core.parse;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * RSS items dumped by feedx (RFI Chinese): an epoch-millis comment, "[title](url)", a "------" line,
 * then the item's HTML with RFI's dateline, bold lead, share buttons, promos, related links and
 * sometimes a feedx footer.
 */
final class FeedxFormat implements FormatParser {

    static final Pattern EPOCH_COMMENT = Pattern.compile("^\\s*<!--\\s*(\\d{9,13})\\s*-->");
    /** The same dump without its epoch comment: "[title](url)" then a "------" line. */
    static final Pattern LINK_HEADER = Pattern.compile("^\\s*\\[[^\\n]{1,1000}\\]\\([^)\\s]{1,2000}\\)[ \\t]*\\n\\s*-{3,}[ \\t]*\\n");
    private static final Pattern DATELINE_ONLY = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4} - \\d{1,2}:\\d{2}");
    private static final Pattern BYLINE = Pattern.compile("^(?:作者|文|撰文|编辑)\\s*[：:]\\s*(\\S.{0,40})$");
    /** Junk the RFI page template puts around the article. */
    private static final String TEMPLATE_JUNK = "[data-selfpromo-newsletter], [data-selfpromo-app], "
            + "[data-root-share], share-button, share-modal, [role=heading], [data-article-item-link], "
            + "a[href*=facebook.com], a[href*=whatsapp], a[href*=x.com/intent], a[href*=twitter.com/intent], "
            + "a[href*=feedx], img, " + HtmlText.NOT_TEXT;
    /** Shorter paragraphs without closing punctuation are taken for subheads, not split sentences. */
    private static final int MIN_SPLIT_PARAGRAPH = 40;

    private final Outlets outlets;

    FeedxFormat(Outlets outlets) {
        this.outlets = outlets;
    }

    @Override
    public Extracted parse(String text) {
        Matcher epoch = EPOCH_COMMENT.matcher(text);
        boolean found = epoch.find();
        long millis = found ? Long.parseLong(epoch.group(1)) : 0;
        String rest = found ? text.substring(epoch.end()) : text;
        Header header = header(rest);
        if (millis > 0 && millis < 100_000_000_000L) {
            millis *= 1000; // a 10-digit stamp is seconds
        }

        Document doc = Jsoup.parseBodyFragment(header.html());
        Element body = doc.body();
        String dateline = removeDateline(body);
        String author = removeByline(body);
        removeTemplate(body);
        String lead = lead(body);

        List<String> paragraphs = Paragraphs.withSplitSentencesRejoined(
                Paragraphs.withoutJunk(HtmlText.paragraphs(body)), MIN_SPLIT_PARAGRAPH, subheads(body));

        boolean paris = Outlets.host(header.url()).endsWith("rfi.fr");
        List<Dated> dates = new ArrayList<>();
        if (millis > 0) {
            ZoneId zone = paris ? Dates.PARIS : ZoneOffset.UTC;
            dates.add(new Dated(Dates.fromEpochMillis(millis, zone), "epoch-comment"));
        }
        Dates.rfiDateline(dateline).ifPresent(t -> dates.add(new Dated(t, "rfi-dateline")));

        return new Extracted("feedx", header.title(), header.url(), author,
                outlets.fromUrl(header.url()).orElse(""), lead, dates,
                List.of(new Extracted.Draft("", paragraphs)));
    }

    private record Header(String title, String url, String html) {
    }

    /** "[title](url)" then "------": both optional, the HTML is whatever follows. */
    private static Header header(String rest) {
        String title = "";
        String url = "";
        int pos = 0;
        while (pos < rest.length()) {
            int end = rest.indexOf('\n', pos);
            end = end < 0 ? rest.length() : end;
            String line = rest.substring(pos, end).strip();
            int close = line.lastIndexOf("](");
            if (line.isEmpty() || MarkdownText.isRule(line)) {
                pos = end + 1;
            } else if (title.isEmpty() && line.startsWith("[") && close > 0 && line.endsWith(")")) {
                title = Parser.unescapeEntities(line.substring(1, close), false).strip();
                url = line.substring(close + 2, line.length() - 1).strip();
                pos = end + 1;
            } else {
                break;
            }
        }
        return new Header(title, url, rest.substring(Math.min(pos, rest.length())));
    }

    private static String removeDateline(Element body) {
        for (Element div : body.select("div")) {
            String own = div.ownText().strip();
            if (div.childrenSize() == 0 && DATELINE_ONLY.matcher(own).matches()) {
                div.remove();
                return own;
            }
        }
        return "";
    }

    /** "作者：艾米" after the article: the author, not body text. */
    private static String removeByline(Element body) {
        for (Element div : body.select("div, p")) {
            String line = HtmlText.line(div);
            Matcher m = BYLINE.matcher(line);
            if (m.matches() && div.select("p, div").size() <= 1) {
                div.remove();
                return m.group(1).strip();
            }
        }
        return "";
    }

    private static void removeTemplate(Element body) {
        body.select(TEMPLATE_JUNK).remove();
        for (Element e : body.getAllElements()) {
            // <asidedata-org-name=""data-org-type=""> is a broken <aside data-…>: the related-articles box
            String tag = e.normalName();
            if (e != body && e.parent() != null && (tag.startsWith("aside") || tag.startsWith("divdata-"))) {
                e.remove();
            }
        }
        for (Element div : body.select("div")) {
            String own = div.ownText().strip();
            if (own.startsWith("分享") || own.startsWith("获取更多RSS") || own.equalsIgnoreCase("Share")) {
                div.remove();
            }
        }
    }

    /** Paragraphs that are bold throughout: RFI's subheads. */
    private static Set<String> subheads(Element body) {
        Set<String> out = new HashSet<>();
        for (Element p : body.select("p:has(> strong)")) {
            if (p.ownText().isBlank() && p.childrenSize() == 1) {
                out.add(HtmlText.line(p));
            }
        }
        return out;
    }

    /** The bold first paragraph RFI puts above the article: the outlet's own lead. */
    private static String lead(Element body) {
        Optional<Element> first = Optional.ofNullable(body.selectFirst("p"));
        return first.filter(p -> p.childrenSize() == 1 && p.child(0).normalName().equals("strong")
                        && p.ownText().isBlank())
                .map(HtmlText::line)
                .orElse("");
    }
}
