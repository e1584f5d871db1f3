package newsbot.core.source;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet an article's own text names: the conventions newsrooms use to say whose words a
 * text is, in Chinese and English. Only the head of the text (its first paragraphs) and its
 * tail (last paragraphs) are read, so that an outlet merely quoted inside the story ("据美国彭博社
 * 报道" in the fourth paragraph) is never taken for the publisher. Stateless and thread-safe.
 *
 * <ul>
 * <li>{@link OutletBasis#TEXT}: "@国防部发布 微博消息，…", "新华社北京4月16日电", "（观察者网讯）",
 *     "【环球时报-环球网报道 记者…】", "央视新闻消息，…", a "来源：…" / "本文来源：…" / "Source: …" line,
 *     "（来源：…）" closing the text, "WASHINGTON (Reuters) -";</li>
 * <li>{@link OutletBasis#CITED}: a text that opens by citing one report, "据新华社报道，…",
 *     "据微信公众号“国防部发布”消息，…" (not "据多家外媒报道", not two outlets at once).</li>
 * </ul>
 */
public final class TextAttribution {
    private static final int HEAD = 2;
    private static final int TAIL = 3;
    private static final int SHORT_LINE = 60;

    /** Characters that never belong to an outlet's name in these conventions. */
    private static final String NOT_NAME = "\\s\\d，,。：:；;！!？?、“”\"《》（）()【】\\[\\]/|｜";
    /** Not "据…" or "根据…": those cite a report (see {@link #CITED}). */
    private static final String NOT_CITING = "(?!据|根据)";

    private static final Pattern AT = Pattern.compile("^@([^" + NOT_NAME + "]{2,24})");
    private static final Pattern BRACKET = Pattern.compile(
            "^【([^】" + NOT_NAME + "]{2,20}?)(?:-[^】" + NOT_NAME + "]{2,20}?)?(?:综合|独家|特约|联合)?(?:快讯|报道|讯|驻|赴|特派|记者)");
    private static final Pattern XUN = Pattern.compile(
            "^[（(]\\s*([^）)" + NOT_NAME + "]{2,20}?)讯\\s*[）)]|^" + NOT_CITING + "([^" + NOT_NAME + "]{2,12}?)讯(?=\\s|[（(]|$|\\d|据)");
    private static final Pattern DATELINE = Pattern.compile(
            "^" + NOT_CITING + "([^" + NOT_NAME + "]{1,16}(?:通讯社|社|网|报|台|频道|新闻|客户端))[^" + NOT_NAME
                    + "]{0,10}?\\d{1,2}月\\d{1,2}日(?:电|讯)");
    private static final Pattern MESSAGE = Pattern.compile(
            "^" + NOT_CITING + "[“\"]?([^" + NOT_NAME + "的]{2,14}?)[”\"]?(?:微信公众号|官方微博|微博|官方网站|官网|网站)?(?:\\d{1,2}月\\d{1,2}日)?消息[，,：:（(\\s]");
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^(?:本文|文章|稿件|内容|新闻)?(?:来源|来源于|来自|转自|转载自|稿源)\\s*[：:]\\s*([^" + NOT_NAME + "|｜]{2,24})"
                    + "|^以下文章来源于\\s*([^" + NOT_NAME + "]{2,24})");
    private static final Pattern CLOSING_SOURCE = Pattern.compile(
            "[（(](?:来源|稿源|转自)\\s*[：:]\\s*([^）)" + NOT_NAME + "]{2,24})[）)]\\s*$");
    private static final Pattern EN_SOURCE_LINE = Pattern.compile(
            "^(?:Source|Via)\\s*:\\s*([A-Z][\\p{L}\\p{N}&.' -]{1,40}?)\\s*(?:$|[,;|(])", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_DATELINE = Pattern.compile(
            "^[A-Z][A-Za-z .,'-]{1,40}?\\s*\\(([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\\)\\s*[-—–]");
    private static final Pattern CITED = Pattern.compile(
            "^据(?:微信公众号|公众号|官方微博|微博|官方网站|官网|网站)?@?(?:[《“\"]([^》”\"]{2,16})[》”\"]|([^" + NOT_NAME + "等]{2,16}?))"
                    + "(?:微信公众号|公众号|官方微博|微博|官方网站|官网|网站|客户端)?"
                    + "(?:\\d{1,2}月\\d{1,2}日|当地时间[^，,。]{0,10}?)?(?:最新)?(?:报道|报导|消息|发布|援引)");

    /** "据中国驻美国大使馆网站，7月12日…": the text relays a site's or account's own words. */
    private static final Pattern CITED_SITE = Pattern.compile(
            "^据[“《\"]?([^" + NOT_NAME + "等]{2,20}?)[”》\"]?(?:网站|官网|官方网站|微信公众号|公众号|官方微博|微博)[，,]");

    /** Suffixes naming a channel of the outlet rather than the outlet: "外交部网站" is the ministry. */
    private static final Pattern CHANNEL_SUFFIX = Pattern.compile(
            "(?:客户端|微信公众号|公众号|官方微博|微博|官微|官方网站|官网|网站|官方|最新)+$");
    /** Words that stand where a name would, but name nobody. */
    private static final Pattern NOBODY = Pattern.compile(
            "^(?:本报|本刊|本网|本台|本站|记者|编辑|作者|综合|外媒|媒体|官方|最新|相关|有关)|多家|媒体|人士|知情|当地"
                    + "|^(?:北京时间|当地时间)|^(?:the|a|an|our|staff|wire|agencies)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b-\\u200f\\u2060\\ufeff]");
    private static final Pattern COMPILED_FROM = Pattern.compile("综合.*$");
    private static final Pattern REPORTER = Pattern.compile("(?:首席|特约|特派)?记者$");
    /** Photo agencies credit pictures, never a text. */
    private static final Pattern PICTURE_AGENCY = Pattern.compile("视觉中国|图虫|东方IC|Getty|IC photo|VCG", Pattern.CASE_INSENSITIVE);
    /** "@白鹿视频报道，…", "@平安拱墅发布警情通报：…": what follows the account's name. */
    private static final Pattern AT_TAIL = Pattern.compile("(?:警情通报|情况通报|通报|报道|消息)+$");

    private TextAttribution() {
    }

    /** @param text a body: paragraphs separated by a blank line */
    public static NamedOutlet of(String text) {
        if (text.isBlank()) {
            return NamedOutlet.NONE;
        }
        List<String> paragraphs = List.of(text.split("\\n\\s*\\n"));
        int n = paragraphs.size();
        for (int i = 0; i < Math.min(HEAD, n); i++) {
            if (isCaption(paragraphs.get(i))) {
                continue;
            }
            String p = clean(paragraphs.get(i));
            String name = head(p);
            if (name.isEmpty()) {
                name = line(p);
            }
            if (!name.isEmpty()) {
                return new NamedOutlet(name, OutletBasis.TEXT);
            }
            if (p.length() > SHORT_LINE) {
                break; // past the lead: what follows is the story, not its byline
            }
        }
        for (int i = Math.max(0, n - TAIL); i < n; i++) {
            if (isCaption(paragraphs.get(i))) {
                continue;
            }
            String p = clean(paragraphs.get(i));
            String name = line(p);
            if (name.isEmpty()) {
                name = closing(p);
            }
            if (!name.isEmpty()) {
                return new NamedOutlet(name, OutletBasis.TEXT);
            }
        }
        String lead = clean(paragraphs.get(0));
        String cited = first(CITED, lead);
        if (cited.isEmpty()) {
            cited = first(CITED_SITE, lead);
        }
        return cited.isEmpty() ? NamedOutlet.NONE : new NamedOutlet(cited, OutletBasis.CITED);
    }

    private static String head(String p) {
        String at = first(AT, p);
        if (!at.isEmpty()) {
            return name(AT_TAIL.matcher(at).replaceFirst(""));
        }
        for (Pattern pattern : List.of(BRACKET, XUN, DATELINE, MESSAGE, EN_DATELINE)) {
            String name = first(pattern, p);
            if (!name.isEmpty()) {
                return name;
            }
        }
        return "";
    }

    /** A line that is only an attribution: "来源：外交部网站", "本文来源：时代财经 作者：…", "Source: Reuters". */
    private static String line(String p) {
        if (p.length() > SHORT_LINE) {
            return "";
        }
        String name = first(SOURCE_LINE, p);
        return name.isEmpty() ? first(EN_SOURCE_LINE, p) : name;
    }

    private static String closing(String p) {
        return first(CLOSING_SOURCE, p);
    }

    /** The first non-null group of the match at the start, cleaned; "" when none or when it names nobody. */
    private static String first(Pattern pattern, String p) {
        Matcher m = pattern.matcher(p);
        if (!m.find()) {
            return "";
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return name(m.group(g));
            }
        }
        return "";
    }

    private static String name(String raw) {
        String name = INVISIBLE.matcher(raw).replaceAll("").strip();
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        name = COMPILED_FROM.matcher(name).replaceFirst("");   // "九派新闻综合冷水滩新闻网": the outlet is the first
        name = REPORTER.matcher(name).replaceFirst("");
        if (name.endsWith("社台")) {
            name = name.substring(0, name.length() - 1);       // "新华社台北4月16日电": 台北 is the city
        }
        String bare = CHANNEL_SUFFIX.matcher(name).replaceFirst("");
        if (bare.codePointCount(0, bare.length()) >= 2) {
            name = bare;
        }
        if (name.codePointCount(0, name.length()) < 2 || NOBODY.matcher(name).find()
                || PICTURE_AGENCY.matcher(name).find()) {
            return "";
        }
        return name;
    }

    /** Crawled markdown sets picture captions and credits in italics: "_图片来源：视觉中国_". */
    static boolean isCaption(String paragraph) {
        String p = paragraph.strip();
        return p.length() > 2 && p.startsWith("_") && p.endsWith("_");
    }

    /** Without markup emphasis and leading spaces ("**海外网1月4日电**"). */
    private static String clean(String paragraph) {
        String p = INVISIBLE.matcher(paragraph).replaceAll("").strip();
        int i = 0;
        while (i < p.length() && (p.charAt(i) == '*' || p.charAt(i) == '_' || p.charAt(i) == '\u3000')) {
            i++;
        }
        return p.substring(i).strip();
    }
}
