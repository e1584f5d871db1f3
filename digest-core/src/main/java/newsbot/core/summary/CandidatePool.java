package newsbot.core.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsbot.core.text.Language;
import newsbot.core.text.Terms;

/**
 * The sentences of a story that are worth considering, shared by every summariser so that they
 * compete on choosing, not on cleaning: only the prose of each body (see {@link ProseFilter}: no
 * captions, credits, bylines, notes or prompts), and of that no boilerplate, headings, questions
 * (a digest states, it does not ask), lines that introduce what follows ("…答记者问："),
 * fragments, exact repeats (republished or duplicated bodies) and sentences that restate the
 * outlet's own lead.
 */
final class CandidatePool {

    private static final Pattern ZH_BOILERPLATE = Pattern.compile(
            "^(来源|编辑|责任编辑|流程编辑|作者|排版|校对|审核|监制|图源|图片来源|资料图|原标题|本文系|以下文章来源于|点击|关注)"
                    + "|未经授权|不得转载|版权所有|转载请|扫码|二维码");
    private static final Pattern EN_BOILERPLATE = Pattern.compile(
            "^(read more|sign up|subscribe|click|photo:|image:|source:|copyright)|all rights reserved",
            Pattern.CASE_INSENSITIVE);
    private static final String TERMINATORS = "。！；…!;.\"”」』）)";
    private static final double LEAD_REPEAT_SIMILARITY = 0.7;

    private CandidatePool() {
    }

    static List<Candidate> of(SummaryRequest request, SentenceSplitter splitter) {
        Language language = Language.of(request.language());
        List<Candidate> pool = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int a = 0; a < request.articles().size(); a++) {
            StoryArticle article = request.articles().get(a);
            List<Set<String>> lead = splitter.split(article.lead()).stream()
                    .map(s -> Set.copyOf(Terms.of(s.text(), language))).toList();
            String leadKey = fingerprint(article.lead());
            int rank = 0;
            for (Sentence s : splitter.split(ProseFilter.of(article.text()))) {
                String key = fingerprint(s.text());
                if (key.isEmpty() || !seen.add(key) || !worthConsidering(s.text(), language)) {
                    continue;
                }
                List<String> terms = Terms.of(s.text(), language);
                if (terms.isEmpty() || leadKey.contains(key) || repeats(terms, lead)) {
                    continue;
                }
                pool.add(new Candidate(a, rank++, s, terms));
            }
        }
        return pool;
    }

    static boolean worthConsidering(String text, Language language) {
        String t = text.strip();
        if (quotedWithoutSpeaker(t)) {
            return false;
        }
        int length = LengthBudget.measure(t, language);
        char last = t.charAt(t.length() - 1);
        boolean terminated = TERMINATORS.indexOf(last) >= 0;
        if (language == Language.ZH) {
            return length >= 10 && (terminated || length >= 25)
                    && !t.endsWith("？") && !t.endsWith("?") && !t.endsWith("？”") && !t.endsWith("?\"")
                    && !t.endsWith("：") && !t.endsWith(":") && !ZH_BOILERPLATE.matcher(t).find();
        }
        return length >= 5 && (terminated || length >= 12)
                && !t.endsWith("?") && !t.endsWith("?\"") && !t.endsWith("?”") && !t.endsWith(":")
                && !EN_BOILERPLATE.matcher(t).find();
    }

    /**
     * A sentence that is all quotation ("“我们认为这是非常积极的。”"), or opens or closes a quotation without the
     * other end: out of its paragraph nobody can tell who is speaking, or what.
     */
    static boolean quotedWithoutSpeaker(String t) {
        int open = 0;
        int close = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '“' || c == '「') {
                open++;
            } else if (c == '”' || c == '」') {
                close++;
            }
        }
        if (open != close) {
            return true;
        }
        boolean whole = (t.startsWith("“") || t.startsWith("「") || t.startsWith("\""))
                && (t.endsWith("”") || t.endsWith("」") || t.endsWith("\"")) && open <= 1 && close <= 1;
        return whole;
    }

    /** Letters and digits only, lower-cased: what stays when a sentence is reformatted. */
    static String fingerprint(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Share of the sentence's terms found in one lead sentence (containment, not symmetric). */
    private static boolean repeats(List<String> terms, List<Set<String>> lead) {
        Set<String> own = Set.copyOf(terms);
        for (Set<String> l : lead) {
            long shared = own.stream().filter(l::contains).count();
            if (shared >= LEAD_REPEAT_SIMILARITY * own.size()) {
                return true;
            }
        }
        return false;
    }
}
