package newsbot.core.parse;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown with a YAML front-matter block (title, date, description, author). A bilingual file holds
 * one language, a "---" rule, then the other; each part becomes a section titled by its own heading.
 * "[原文链接](url)" / "[Source Link](url)" lines give the source URL.
 */
final class FrontMatterFormat implements FormatParser {

    private static final Pattern SOURCE_LINK = Pattern.compile(
            "^\\[(?:原文链接|原文|来源|Source Link|Source|Original|Read Original|Link)\\]\\(([^)\\s]{1,2000})\\)$",
            Pattern.CASE_INSENSITIVE);

    private final Outlets outlets;
    private final LanguageDetector languages;

    FrontMatterFormat(Outlets outlets, LanguageDetector languages) {
        this.outlets = outlets;
        this.languages = languages;
    }

    @Override
    public Extracted parse(String text) {
        FrontMatter fm = FrontMatter.split(text);
        String url = fm.get("url").isEmpty() ? fm.get("link") : fm.get("url");
        List<Part> parts = new ArrayList<>();
        Part current = new Part();
        for (String raw : fm.body().split("\n", -1)) {
            String line = raw.strip();
            Matcher source = SOURCE_LINK.matcher(line);
            if (source.matches()) {
                url = url.isEmpty() ? source.group(1) : url;
            } else if (MarkdownText.isRule(line)) {
                parts.add(current);
                current = new Part();
            } else if (current.title.isEmpty() && current.lines.stream().allMatch(String::isBlank)
                    && MarkdownText.isHeading(line)) {
                current.title = MarkdownText.headingText(line);
            } else {
                current.lines.add(raw);
            }
        }
        parts.add(current);

        List<Extracted.Draft> sections = byLanguage(parts);
        String title = MarkdownText.inline(fm.get("title"));
        if (title.isEmpty() && !sections.isEmpty()) {
            title = sections.get(0).title();
        }

        String author = MarkdownText.inline(fm.get("author"));
        String sourceUrl = url;
        String outlet = outlets.knownFromUrl(sourceUrl).orElse("");
        if (outlet.isEmpty()) {
            // crawlers write "author: ft" meaning the paper, not a person
            outlet = outlets.fromCode(author).orElseGet(() -> outlets.fromUrl(sourceUrl).orElse(""));
        }
        if (outlets.fromCode(author).isPresent()) {
            author = "";
        }

        ZoneOffset naive = languages.detect(title).equals("zh") ? Dates.CHINA : ZoneOffset.UTC;
        List<Dated> dates = new ArrayList<>();
        for (String key : List.of("date", "date_published", "published", "pubDate", "created")) {
            Dates.parseTimestamp(fm.get(key), naive).ifPresent(t -> dates.add(new Dated(t, "front-matter")));
        }
        return new Extracted("front-matter", title, sourceUrl, author, outlet,
                MarkdownText.inline(fm.get("description")), dates, sections);
    }

    private static final class Part {
        String title = "";
        final List<String> lines = new ArrayList<>();
    }

    /** Parts in the same language as the one before them are one section split by a rule, not two. */
    private List<Extracted.Draft> byLanguage(List<Part> parts) {
        List<Extracted.Draft> drafts = new ArrayList<>();
        String previousLanguage = "";
        for (Part part : parts) {
            List<String> paragraphs = Paragraphs.withoutJunk(MarkdownText.paragraphs(part.lines));
            if (part.title.isEmpty() && paragraphs.isEmpty()) {
                continue;
            }
            String language = languages.detect(part.title + String.join("", paragraphs));
            int last = drafts.size() - 1;
            if (last >= 0 && language.equals(previousLanguage)) {
                Extracted.Draft before = drafts.get(last);
                List<String> merged = new ArrayList<>(before.paragraphs());
                if (!part.title.isEmpty()) {
                    merged.add(part.title);
                }
                merged.addAll(paragraphs);
                drafts.set(last, new Extracted.Draft(before.title(), merged));
            } else {
                drafts.add(new Extracted.Draft(part.title, paragraphs));
            }
            previousLanguage = language;
        }
        return drafts;
    }
}
