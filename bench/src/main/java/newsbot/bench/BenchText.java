package newsbot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Just enough extraction for the benchmark (the real parser lives in digest-core's ingest):
 * title, body paragraphs and the outlet's own lead, from QQ markdown, feedx/RFI dumps, and the
 * front-matter and Omnivore seeds.
 */
final class BenchText {

    record Article(String title, List<String> paragraphs, String lead, String language) {
        String body() {
            return String.join("\n\n", paragraphs);
        }
    }

    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MD_IMAGE = Pattern.compile("^!\\[.*");
    private static final Pattern LINK_ONLY = Pattern.compile("^\\[[^\\]]*]\\([^)]*\\)\\s*$");

    private BenchText() {
    }

    /** QQ news: "# title", image lines, italic captions, related-link lines; blank lines end paragraphs. */
    static Article qqMarkdown(String raw) {
        String title = "";
        List<String> paragraphs = new ArrayList<>();
        for (String block : normalise(raw).split("\n\\s*\n")) {
            StringBuilder joined = new StringBuilder();
            for (String line : block.split("\n")) {
                String t = line.strip();
                if (t.isEmpty() || MD_IMAGE.matcher(t).matches() || LINK_ONLY.matcher(t).matches()
                        || (t.startsWith("_") && t.endsWith("_")) || t.startsWith("](")) {
                    continue;
                }
                if (title.isEmpty() && t.startsWith("# ")) {
                    title = t.substring(2).strip();
                    continue;
                }
                appendJoined(joined, cleanInline(t));
            }
            if (!joined.isEmpty()) {
                paragraphs.add(joined.toString());
            }
        }
        return new Article(title, paragraphs, "", "zh");
    }

    /** A wrapped line continues the previous one: no space between Chinese characters. */
    private static void appendJoined(StringBuilder b, String t) {
        if (t.isEmpty()) {
            return;
        }
        if (!b.isEmpty() && (b.charAt(b.length() - 1) < 0x2e80 || t.charAt(0) < 0x2e80)) {
            b.append(' ');
        }
        b.append(t);
    }

    /** feedx dump: epoch comment, [title](url), ------, HTML with a bold lead paragraph. */
    static Article feedx(String raw) {
        String text = normalise(raw);
        String title = "";
        for (String line : text.split("\n")) {
            var m = MD_LINK.matcher(line.strip());
            if (line.strip().startsWith("[") && m.find()) {
                title = Jsoup.parse(m.group(1)).text();
                break;
            }
        }
        int html = text.indexOf("------");
        Document doc = Jsoup.parse(html >= 0 ? text.substring(html + 6) : text);
        String lead = "";
        Element strongLead = doc.selectFirst("p > strong");
        if (strongLead != null && strongLead.parent() != null) {
            lead = strongLead.parent().text().strip();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element p : doc.select("p")) {
            String t = p.text().strip();
            if (!t.isEmpty() && !t.equals(lead) && !t.contains("feedx")) {
                paragraphs.add(t);
            }
        }
        return new Article(title, paragraphs, lead, "zh");
    }

    /** Seed 001 (Omnivore, WSJ): the "## " line under the headline is the outlet's subtitle. */
    static Article omnivore(String raw) {
        String text = normalise(raw);
        int content = text.indexOf("# Full Content:");
        String[] lines = text.substring(content).split("\n");
        String title = "";
        String lead = "";
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("## ")) {
                if (title.isEmpty()) {
                    title = t.substring(3).strip();
                } else if (lead.isEmpty()) {
                    lead = t.substring(3).strip();
                }
                continue;
            }
            if (t.isEmpty() || t.startsWith("#") || t.equals("...") || t.equals("---")) {
                continue;
            }
            paragraphs.add(cleanInline(t));
        }
        return new Article(title, paragraphs, lead, "zh");
    }

    /** Seed 000: front matter with an English description; Chinese part, "---", English part. */
    static Article frontMatterEnglish(String raw) {
        String text = normalise(raw);
        String description = "";
        for (String line : text.split("\n")) {
            if (line.startsWith("description:")) {
                description = line.substring("description:".length()).strip();
                break;
            }
        }
        int bodyStart = text.indexOf("\n---", 4) + 4;
        String body = text.substring(bodyStart);
        int english = body.indexOf("\n---\n");
        String part = body.substring(english + 5);
        String title = "";
        List<String> paragraphs = new ArrayList<>();
        for (String line : part.split("\n")) {
            String t = line.strip();
            if (t.startsWith("# ")) {
                title = cleanInline(t.substring(2));
            } else if (!t.isEmpty() && !LINK_ONLY.matcher(t).matches()) {
                paragraphs.add(cleanInline(t));
            }
        }
        return new Article(title, paragraphs, description, "en");
    }

    private static String cleanInline(String s) {
        String t = MD_LINK.matcher(s).replaceAll("$1");
        return t.replace("**", "").replace("[", "").replace("]", "").strip();
    }

    private static String normalise(String raw) {
        String t = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }
}
