package newsbot.core.parse;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Omnivore read-later exports: front matter (id, title, author, date_saved, date_published), a header
 * with "[Read Original](url)", and the article after "# Full Content:", often twice — a teaser copy,
 * a "..." line, then the full copy with links.
 */
final class OmnivoreFormat implements FormatParser {

    private static final Pattern READ_ORIGINAL = Pattern.compile("\\[Read Original\\]\\(([^)\\s]{1,2000})\\)");
    private static final Pattern FULL_CONTENT = Pattern.compile("(?m)^#{1,6}\\s*Full Content:?\\s*$");
    private static final Pattern SUBHEAD = Pattern.compile("^##\\s");

    private final Outlets outlets;
    private final LanguageDetector languages;

    OmnivoreFormat(Outlets outlets, LanguageDetector languages) {
        this.outlets = outlets;
        this.languages = languages;
    }

    static boolean recognises(FrontMatter fm) {
        return fm.fields().containsKey("date_saved") || fm.body().contains("#Omnivore")
                || fm.body().contains("[Read on Omnivore]");
    }

    @Override
    public Extracted parse(String text) {
        FrontMatter fm = FrontMatter.split(text);
        String title = MarkdownText.inline(fm.get("title"));
        if (title.isEmpty()) {
            title = firstHeading(fm.body());
        }
        String outlet = "";
        var suffix = outlets.titleSuffix(title);
        if (suffix.isPresent()) {
            title = suffix.get().bareTitle();
            outlet = suffix.get().outlet();
        }
        Matcher original = READ_ORIGINAL.matcher(fm.body());
        String url = original.find() ? original.group(1) : "";
        String fromSuffix = outlet;
        outlet = outlets.knownFromUrl(url)
                .orElseGet(() -> fromSuffix.isEmpty() ? outlets.fromUrl(url).orElse("") : fromSuffix);

        Matcher full = FULL_CONTENT.matcher(fm.body());
        String content = full.find() ? fm.body().substring(full.end()) : fm.body();
        List<String> lines = new ArrayList<>(Arrays.asList(content.split("\n", -1)));
        String description = takeHeadings(lines, title);
        List<String> paragraphs = Paragraphs.withoutRepeats(Paragraphs.withoutJunk(
                fullerCopy(MarkdownText.paragraphs(lines))));

        ZoneOffset naive = languages.detect(title + String.join("", paragraphs)).equals("zh")
                ? Dates.CHINA : ZoneOffset.UTC;
        List<Dated> dates = new ArrayList<>();
        for (String key : List.of("date_published", "date", "published", "date_saved")) {
            Dates.parseTimestamp(fm.get(key), naive).ifPresent(t -> dates.add(new Dated(t, "front-matter")));
        }
        return new Extracted("omnivore", title, url, MarkdownText.inline(fm.get("author")), outlet, description,
                dates, List.of(new Extracted.Draft("", paragraphs)));
    }

    /**
     * Removes the leading "## title" and "## subtitle" headings; the subtitle is the outlet's deck and
     * becomes the description.
     */
    private static String takeHeadings(List<String> lines, String title) {
        String description = "";
        int headings = 0;
        while (!lines.isEmpty() && headings < 2) {
            String line = lines.get(0).strip();
            if (line.isEmpty()) {
                lines.remove(0);
            } else if (SUBHEAD.matcher(line).find()) {
                String text = MarkdownText.headingText(line);
                if (!sameText(text, title) || headings == 1) {
                    description = text;
                    headings = 2;
                } else {
                    headings++;
                }
                lines.remove(0);
            } else {
                break;
            }
        }
        return description;
    }

    /** When a "..." line separates a teaser from a full copy that repeats it, keep only the full copy. */
    static List<String> fullerCopy(List<String> paragraphs) {
        int gap = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i).strip();
            if (p.equals("...") || p.equals("…") || p.equals("……")) {
                gap = i;
                break;
            }
        }
        if (gap < 0) {
            return paragraphs;
        }
        List<String> teaser = paragraphs.subList(0, gap);
        List<String> full = paragraphs.subList(gap + 1, paragraphs.size());
        Set<String> fullSet = new HashSet<>(full);
        long repeated = teaser.stream().filter(fullSet::contains).count();
        if (repeated * 2 >= teaser.size()) {
            return new ArrayList<>(full);
        }
        List<String> both = new ArrayList<>(teaser);
        both.addAll(full);
        return both;
    }

    private static String firstHeading(String body) {
        for (String line : body.split("\n", 20)) {
            if (MarkdownText.isHeading(line.strip()) && !line.contains("Omnivore")) {
                return MarkdownText.headingText(line);
            }
        }
        return "";
    }

    private static boolean sameText(String a, String b) {
        return a.replace(" ", "").equals(b.replace(" ", ""));
    }
}
