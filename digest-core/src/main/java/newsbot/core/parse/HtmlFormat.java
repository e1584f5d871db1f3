package newsbot.core.parse;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Any HTML page: title from og:title, &lt;title&gt; or h1; URL from og:url or the canonical link; date
 * from article:published_time or &lt;time datetime&gt;; body from &lt;article&gt;, &lt;main&gt; or
 * &lt;body&gt; without navigation, scripts and footers.
 */
final class HtmlFormat implements FormatParser {

    private static final String CHROME = HtmlText.NOT_TEXT + ", header, aside, [role=navigation], "
            + "[aria-hidden=true], .share, .social, .related, .advert, .ad";

    private final Outlets outlets;
    private final LanguageDetector languages;

    HtmlFormat(Outlets outlets, LanguageDetector languages) {
        this.outlets = outlets;
        this.languages = languages;
    }

    @Override
    public Extracted parse(String text) {
        Document doc = Jsoup.parse(text);
        String title = first(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"),
                doc.title().strip(), element(doc, "h1"));
        String url = first(meta(doc, "meta[property=og:url]"), attr(doc, "link[rel=canonical]", "href"));
        String author = first(meta(doc, "meta[name=author]"), meta(doc, "meta[property=article:author]"));
        String description = first(meta(doc, "meta[property=og:description]"), meta(doc, "meta[name=description]"));
        String siteName = meta(doc, "meta[property=og:site_name]");
        String outlet = outlets.knownFromUrl(url).orElseGet(
                () -> siteName.isEmpty() ? outlets.fromUrl(url).orElse("") : siteName);

        Element root = Optional.ofNullable(doc.selectFirst("article"))
                .or(() -> Optional.ofNullable(doc.selectFirst("main")))
                .orElse(doc.body());
        root.select(CHROME).remove();
        List<String> paragraphs = new ArrayList<>(Paragraphs.withoutJunk(HtmlText.paragraphs(root)));
        String heading = title;
        if (!paragraphs.isEmpty() && paragraphs.get(0).equals(heading)) {
            paragraphs.remove(0);
        }

        ZoneOffset naive = languages.detect(title).equals("zh") ? Dates.CHINA : ZoneOffset.UTC;
        List<Dated> dates = new ArrayList<>();
        for (String value : List.of(meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[name=pubdate]"), meta(doc, "meta[itemprop=datePublished]"),
                attr(doc, "time[datetime]", "datetime"))) {
            Dates.parseTimestamp(value, naive).ifPresent(t -> dates.add(new Dated(t, "html-meta")));
        }
        return new Extracted("html", MarkdownFormat.truncate(title), url, author, outlet, description, dates,
                List.of(new Extracted.Draft("", paragraphs)));
    }

    private static String meta(Document doc, String selector) {
        return attr(doc, selector, "content");
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null ? "" : e.attr(attribute).strip();
    }

    private static String element(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? "" : HtmlText.line(e);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}
