package newsbot.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.core.source.NamedOutlet;
import newsbot.core.source.OutletBasis;
import newsbot.core.source.TextAttribution;

/**
 * Turns the bytes of one article file into a {@link ParsedArticle}: detects the encoding and
 * the format, then extracts the fields. Stateless and thread-safe.
 */
public final class ArticleParser {

    private static final Pattern IMAGE_URL = Pattern.compile("!\\[[^\\]\\n]{0,500}\\]\\(\\s*([^)\\s]{1,2000})");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\s]+");

    private final TextDecoder decoder = new TextDecoder();
    private final FormatDetector detector = new FormatDetector();
    private final LanguageDetector languages = new LanguageDetector();
    private final Outlets outlets = new Outlets();
    private final FeedxFormat feedx = new FeedxFormat(outlets);
    private final OmnivoreFormat omnivore = new OmnivoreFormat(outlets, languages);
    private final FrontMatterFormat frontMatter = new FrontMatterFormat(outlets, languages);
    private final HtmlFormat html = new HtmlFormat(outlets, languages);
    private final MarkdownFormat markdown = new MarkdownFormat();
    private final PlainTextFormat plainText = new PlainTextFormat();

    /**
     * @param relativePath the path inside the articles folder, '/'-separated; dates and outlets may be read from it
     * @param bytes        the whole file
     * @throws UnparseableFileException with a reason a person understands (empty, binary, no text, ...)
     */
    public ParsedArticle parse(String relativePath, byte[] bytes) throws UnparseableFileException {
        String text = MarkdownText.unwrapUrls(noNul(decoder.decode(bytes).text()));
        if (text.isBlank()) {
            throw new UnparseableFileException("empty file (only whitespace)");
        }
        Extracted x = formatParser(detector.detect(text)).parse(text);
        List<Extracted.Draft> drafts = x.sections().stream().filter(d -> !d.isEmpty()).toList();
        if (x.title().isBlank() && drafts.isEmpty()) {
            throw new UnparseableFileException("no text after removing markup");
        }
        String extractedTitle = noNul(x.title());
        String title = visible(extractedTitle) ? extractedTitle : fileTitle(relativePath); // zero-width only: an invisible link

        List<Section> sections = new ArrayList<>();
        for (Extracted.Draft d : drafts) {
            String sectionTitle = d.title().isEmpty() ? title : noNul(d.title());
            String body = noNul(Paragraphs.join(d.paragraphs()));
            sections.add(new Section(languages.detect(body.isEmpty() ? sectionTitle : body), sectionTitle, body));
        }
        if (sections.isEmpty()) {
            sections.add(new Section(languages.detect(title), title, ""));
        }

        Optional<String> imageUrl = firstImageUrl(text);
        NamedOutlet outlet = outlet(x, sections.get(0).text(), imageUrl);
        Optional<Dated> date = x.dates().stream().findFirst()
                .or(() -> imageUrl.flatMap(u -> Dates.inPath(u)).map(t -> new Dated(t, "image-url")))
                .or(() -> Dates.inPath(relativePath).map(t -> new Dated(t, "path")));

        return new ParsedArticle(x.format(), title, noNul(x.url()), outlet.name(), outlet.basis(),
                noNul(x.author()), date.map(Dated::time), date.map(Dated::source).orElse(""), noNul(x.description()),
                sections);
    }

    /**
     * Without NUL characters: a UTF-16 file can hold them, so can a YAML escape ({@code "\0"}); they show nothing,
     * and PostgreSQL's text type refuses them, which would fail the file's whole batch there.
     */
    static String noNul(String s) {
        return s.indexOf('\0') < 0 ? s : s.replace("\0", "");
    }

    /**
     * The text's own attribution ("@国防部发布", "新华社北京4月16日电") before the file's fields, which
     * say where a copy was found rather than whose words it is; then a report the text cites;
     * then an image host.
     */
    private NamedOutlet outlet(Extracted x, String body, Optional<String> imageUrl) {
        NamedOutlet inText = TextAttribution.of(body);
        if (inText.basis() == OutletBasis.TEXT) {
            return inText;
        }
        String named = noNul(x.outlet()).strip();
        if (!named.isEmpty()) {
            return new NamedOutlet(named, OutletBasis.FILE);
        }
        if (inText.isPresent()) {
            return inText;
        }
        return imageUrl.flatMap(outlets::knownFromUrl).map(o -> new NamedOutlet(o, OutletBasis.IMAGE))
                .orElse(NamedOutlet.NONE);
    }

    private FormatParser formatParser(FormatDetector.Format format) {
        return switch (format) {
            case FEEDX -> feedx;
            case OMNIVORE -> omnivore;
            case FRONT_MATTER -> frontMatter;
            case HTML -> html;
            case MARKDOWN -> markdown;
            case TEXT -> plainText;
        };
    }

    /** The first image with a date in its URL, else the first image: crawlers file images by day. */
    private static Optional<String> firstImageUrl(String text) {
        if (!text.contains("![")) {
            return Optional.empty();
        }
        Matcher m = IMAGE_URL.matcher(text);
        String first = "";
        while (m.find()) {
            String url = m.group(1);
            if (Dates.inPath(url).isPresent()) {
                return Optional.of(url);
            }
            first = first.isEmpty() ? url : first;
        }
        return first.isEmpty() ? Optional.empty() : Optional.of(first);
    }

    /** Whether {@code s} has a character a reader can see: not only spaces and format characters (U+200B, U+FEFF …). */
    static boolean visible(String s) {
        return s.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT);
    }

    /** "2024/04/17/标题.md" to "标题"; control characters some crawlers leave in names become spaces. */
    static String fileTitle(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = CONTROL.matcher(name).replaceAll(" ").strip();
        return name.isEmpty() ? "untitled" : name;
    }
}
