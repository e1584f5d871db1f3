package newsbot.core.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps what is a story's prose and drops what news pages put around it: picture captions and
 * credits, bylines and datelines, editor's notes, "原标题" lines, subscription and follow prompts,
 * reading lists, subheads, and a press conference's questions. Works on a body (paragraphs
 * separated by a blank line) before it is split into sentences; stateless and thread-safe.
 */
public final class ProseFilter {

    /** Paragraphs that open as a credit, a byline, a note or a prompt, in Chinese or English. */
    private static final Pattern NOT_PROSE = Pattern.compile(
            "[（(【\\[]?(?:作者|文|记者|编辑|责编|责任编辑|流程编辑|校对|审核|审校|监制|出品|策划|统筹|撰文|摄影|摄像|视频|剪辑|"
                    + "排版|制图|设计|翻译|编译|来源|本文来源|文章来源|稿件来源|图源|图片来源|题图|原标题|原文标题|编者按|编者注|"
                    + "编辑注|以下文章来源于|本文系|本文为|本文转自|转载自|推荐阅读|相关阅读|延伸阅读|往期回顾|相关新闻|相关报道)"
                    + "\\s*[：:/|｜】\\]]"
                    + "|(?:点击|关注|扫码|扫描|长按|下载|打开|欢迎关注|欢迎订阅|订阅|更多精彩|更多内容|点赞|分享)"
                    + "|(?:by |reporting by|editing by|writing by|additional reporting|photo|image|picture|credit|file photo|"
                    + "read more|sign up|subscribe|follow us|related:|recommended|source:|copyright)",
            Pattern.CASE_INSENSITIVE);
    /** Notices anywhere in a paragraph that it is no prose. */
    private static final List<String> NOTICES = List.of("未经授权", "不得转载", "版权所有", "转载请", "二维码");
    /** How a picture's caption or credit opens. */
    private static final Pattern CAPTION_START = Pattern.compile(
            "(?:图为|图：|图片：|图注|资料图|▲|△|↑|↓|\\(photo|\\(image)", Pattern.CASE_INSENSITIVE);
    /** What a caption holds or ends with: who is on the left, where the picture came from. */
    private static final Pattern CAPTION = Pattern.compile(
            "[（(](?:左|右|中|前|后|前排|后排|左[一二三四]|右[一二三四])[）)]"
                    + "|(?:资料图|截图|视频截图|供图|配图|[\\s（(][^\\s。]{0,12}\\s*摄|图源[：:].{0,30}|图片来源[：:].{0,30}|图/.{0,20})"
                    + "[)）]?[。.]?$"
                    + "|(?:Getty Images|AFP|Reuters|AP Photo|Xinhua|VCG)[^.]{0,40}$",
            Pattern.CASE_INSENSITIVE);
    /** A question to a spokesperson or an expert: "记者：…", "问：…", "直新闻：刘先生，…". */
    private static final Pattern QUESTION = Pattern.compile(
            "(?:记者|问)[：:]|[^：:，,。]{1,8}[：:]\\s*[\\p{IsHan}]{1,3}(?:先生|女士|教授|博士|老师|将军|大使)[，,]");
    /** The speaker's label that opens the answer after a question: "吴谦：…", "答：…". */
    private static final Pattern ANSWER_LABEL = Pattern.compile("(?:答|[\\p{IsHan}]{2,4})[：:]\\s*");

    /** A dateline or byline opening a paragraph: kept out, the sentence after it kept. */
    private static final Pattern LEADING_BYLINE = Pattern.compile(
            "(?:【[^】]{0,50}(?:报道|记者|文/|讯|编译|综合|特派|特约)[^】]{0,50}】"
                    + "|[（(][^）)\\s]{2,20}讯[）)]"
                    + "|@[^\\s，,：:]{2,24}\\s*(?:微博|微信)?\\s*(?:消息|发布)?\\s*[，,：:]"
                    + "|[^\\s，,。\\d]{1,16}(?:社|网|报|台|客户端)[^\\s，,。\\d]{0,10}?\\d{1,2}月\\d{1,2}日电\\s*(?:[（(][^）)]{0,30}[）)])?"
                    + "|[^\\s，,。\\d（(]{2,16}讯\\s*(?:[（(][^）)]{0,30}[）)])?(?=\\s|\\d|据)"
                    + "|(?!据)[^\\s，,。\\d“”]{2,14}消息[，,：:]"
                    + "|[^\\s，,。：:]{1,8}新闻[：:]"
                    + "|[A-Z][A-Za-z .,'-]{1,40}?\\s*\\([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?\\)\\s*[-—–]"
                    + ")\\s*");
    /** Credits and notes inside a paragraph: "（图源：美国太空司令部网站，下同）", "（编辑：某某）", "（完）". */
    private static final Pattern INLINE_CREDIT = Pattern.compile(
            "[（(](?:图源|图片来源|图片|图|摄影|摄|视频|来源|稿源|原标题|编辑|责编|责任编辑|记者|校对|完)(?:[：:/][^）)]{0,60})?[）)]"
                    + "|\\((?:photo|image|picture|credit|file photo)[^)]{0,80}\\)",
            Pattern.CASE_INSENSITIVE);
    private static final int SHORT = 60;
    private static final String ENDS = "。！？!?.…；;";
    private static final String CLOSERS = "”’」』）)\"'";

    private ProseFilter() {
    }

    // Patterns for how a paragraph opens are matched at its start only (lookingAt): a find() would try
    // them at every character of every body.

    /** The body's prose paragraphs, cleaned, separated by a blank line. */
    public static String of(String body) {
        if (body.isBlank()) {
            return "";
        }
        String[] paragraphs = body.split("\\n[ \\t\\u3000\\r]*\\n\\s*");
        List<String> kept = new ArrayList<>(paragraphs.length);
        boolean afterQuestion = false;
        for (String raw : paragraphs) {
            String p = raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (QUESTION.matcher(p).lookingAt()) {
                afterQuestion = true;
                continue;
            }
            if (afterQuestion) {
                p = withoutOpening(ANSWER_LABEL, p);
                afterQuestion = false;
            }
            String bylined = withoutOpening(LEADING_BYLINE, p);
            if (isCaption(bylined) || NOT_PROSE.matcher(bylined).lookingAt() || NOTICES.stream().anyMatch(p::contains)
                    || p.toLowerCase(java.util.Locale.ROOT).contains("all rights reserved")) {
                continue;
            }
            if (bylined.length() < p.length() && kept.size() <= 1 && kept.stream().allMatch(k -> k.length() <= SHORT * 2)) {
                kept.clear(); // what came before the dateline is the lead picture's caption, not the story
            }
            p = bylined.indexOf('（') < 0 && bylined.indexOf('(') < 0 ? bylined
                    : INLINE_CREDIT.matcher(bylined).replaceAll("").strip();
            if (!p.isEmpty() && (ended(p) || p.length() >= SHORT)) { // a short line without an end is a subhead
                kept.add(p);
            }
        }
        return String.join("\n\n", kept);
    }

    /** Whether a paragraph is a picture's caption or credit. */
    static boolean isCaption(String p) {
        if (p.length() > 2 && p.startsWith("_") && p.endsWith("_")) {
            return true; // crawled markdown sets captions in italics
        }
        // a caption is one short sentence; a paragraph of several that ends with a credit is prose with a credit in it
        return p.length() <= SHORT * 2 && sentenceEnds(p) <= 1
                && (CAPTION_START.matcher(p).lookingAt() || CAPTION.matcher(p).find());
    }

    private static int sentenceEnds(String p) {
        int n = 0;
        for (int i = 0; i < p.length(); i++) {
            n += "。！？!?".indexOf(p.charAt(i)) >= 0 ? 1 : 0;
        }
        return n;
    }

    private static String withoutOpening(Pattern opening, String p) {
        java.util.regex.Matcher m = opening.matcher(p);
        return m.lookingAt() ? p.substring(m.end()).strip() : p;
    }

    /** Ends as a sentence does: with a full stop, or a closing quote or bracket right after one. */
    static boolean ended(String p) {
        int i = p.length() - 1;
        while (i > 0 && CLOSERS.indexOf(p.charAt(i)) >= 0) {
            i--;
        }
        return ENDS.indexOf(p.charAt(i)) >= 0;
    }
}
