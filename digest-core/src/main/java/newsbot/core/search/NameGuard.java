package newsbot.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsbot.core.text.Transliteration;

/**
 * Decides whether an article that matched a clause only through a risky name really names it: a Chinese
 * transliteration stands alone in the text, and a word stands outside the false friends that hold it.
 *
 * <ul>
 *   <li>An occurrence inside a false friend does not count: 布朗 in 布朗族, 热线 in 客服热线, Austin in "Austin, Texas".</li>
 *   <li>A person's Chinese name continued by a character that only transliterations use is part of a longer name:
 *       米利 in 米利厄斯 (USS Milius), 布朗 in 布朗斯维尔, 卡尔 in 卡尔森; so is one a transliteration starts before it:
 *       米利 in 卡米利.</li>
 *   <li>A name joined to another by a middle dot (杰里·布朗, 帕特·基辛格, 卡尔·文森) is another person, unless the
 *       whole dotted name is one of the concept's (马克·米利, 亨利·基辛格); so is one ending a dotted name's last
 *       part (卡尔 in 马诺哈尔·帕里卡尔).</li>
 *   <li>A name the topic marks ambiguous (卡尔 for Colin Kahl, 董军) counts only with context, as in relevance:
 *       another of the topic's entities or a term of its context groups within its window (美国防部副部长卡尔), or
 *       another of the person's names in the article (科林·卡尔). 卡尔美 sportswear and 扎卡尔帕蒂亚 have none.</li>
 * </ul>
 * An article counts when any occurrence is clean, and when no occurrence can be found at all (what the index
 * matched is then not what this check can see, and nothing is taken away on a guess). Immutable.
 */
final class NameGuard {
    /**
     * Characters that continue a transliterated name and seldom begin a word after one: 斯 (布朗斯维尔), 厄 (米利厄斯),
     * 森 (卡尔森), 顿 (卡尔顿), 班 (米利班德), 夫 (布朗夫人: someone else), 尔, 娅, 妮 ... Not 根 (马克·米利根本不应该),
     * 提 (奥斯汀提及), 希 (奥斯汀希望), 康 (奥斯汀康复), 敦 (刘振立敦促): `newsbot-bench vocabulary` shows such cases.
     */
    private static final String CONTINUES = "厄斯尔娅亚维茨兹森顿诺妮莉琳蒂瑞班逊姆翁赫夫克";
    /** Characters that begin a transliterated name and seldom end a word before one: 卡 (卡米利), 阿 (阿卡尔) ... */
    private static final String STARTS = "阿埃卡瓦伊塔萨纳哈莫尼巴";
    private static final String DOTS = "·•・‧･∙⋅";
    /** How far back a name's start is read for the rest of a dotted name's last part (帕里 of 马诺哈尔·帕里卡尔). */
    private static final int MAX_LAST_PART = 3;

    private final List<String> names;
    private final List<Boolean> guarded;
    private final List<String> dotted;
    private final List<String> falseFriends;
    private final List<Boolean> needsContext;
    private final Set<String> own;
    private final ContextNames context;

    /**
     * @param names        the risky names as written
     * @param guarded      for each name, whether it is a person's Chinese name (the boundary rules apply)
     * @param known        every name of the clause: dotted ones among them are the person's own full names
     * @param falseFriends texts that hold a name but mean something else
     */
    NameGuard(List<String> names, List<Boolean> guarded, List<String> known, List<String> falseFriends) {
        this(names, guarded, known, falseFriends, names.stream().map(n -> false).toList(), Set.of(), ContextNames.NONE);
    }

    /**
     * @param needsContext for each name, whether it counts only with context
     * @param own          the labels of the clause's concepts: their names are no context for themselves
     * @param context      the names that vouch for an ambiguous name near it
     */
    NameGuard(List<String> names, List<Boolean> guarded, List<String> known, List<String> falseFriends,
              List<Boolean> needsContext, Set<String> own, ContextNames context) {
        this.names = names.stream().map(NameGuard::fold).toList();
        this.guarded = List.copyOf(guarded);
        this.dotted = known.stream().map(NameGuard::fold).filter(n -> n.chars().anyMatch(c -> c == '·')).toList();
        this.falseFriends = falseFriends.stream().map(NameGuard::fold).toList();
        this.needsContext = List.copyOf(needsContext);
        this.own = Set.copyOf(own);
        this.context = context;
    }

    /** Whether {@code text} names the clause through one of the risky names. */
    boolean accepts(String text) {
        String t = fold(text);
        if (namesSomeoneElse(t)) {
            return false;
        }
        boolean found = false;
        for (int n = 0; n < names.size(); n++) {
            String name = names.get(n);
            if (name.isEmpty()) {
                continue;
            }
            for (int at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + 1)) {
                if (!wordStart(t, at, name)) {
                    continue;
                }
                found = true;
                int end = at + name.length();
                if (!insideFalseFriend(t, at, end) && (!guarded.get(n) || standsAlone(t, at, end))
                        && (!needsContext.get(n) || context.near(t, at, end, own))) {
                    return true;
                }
            }
        }
        return !found;
    }

    /**
     * Whether the text introduces another person of the same name (杰伦·布朗, 帕特·基辛格) and never the person's own
     * full name: its bare 布朗 or 基辛格 then means that other person.
     */
    private boolean namesSomeoneElse(String t) {
        boolean other = false;
        for (int n = 0; n < names.size() && !other; n++) {
            String name = names.get(n);
            if (!guarded.get(n) || name.isEmpty() || name.indexOf('·') >= 0) {
                continue;
            }
            for (int at = t.indexOf(name); at >= 0 && !other; at = t.indexOf(name, at + 1)) {
                int end = at + name.length();
                boolean joined = at > 0 && t.charAt(at - 1) == '·' || end < t.length() && t.charAt(end) == '·';
                other = joined && !ownDottedName(t, at, end);
            }
        }
        return other && dotted.stream().noneMatch(t::contains);
    }

    private boolean standsAlone(String t, int start, int end) {
        boolean dotBefore = start > 0 && t.charAt(start - 1) == '·';
        boolean dotAfter = end < t.length() && t.charAt(end) == '·';
        if (dotBefore || dotAfter || endsDottedName(t, start)) {
            return ownDottedName(t, start, end);
        }
        if (end < t.length() && CONTINUES.indexOf(t.charAt(end)) >= 0) {
            return false;
        }
        return start == 0 || STARTS.indexOf(t.charAt(start - 1)) < 0;
    }

    /** Whether the characters before {@code start} go back, through transliterated ones only, to a middle dot. */
    private static boolean endsDottedName(String t, int start) {
        for (int at = start - 1; at >= 0 && start - at <= MAX_LAST_PART + 1; at--) {
            char c = t.charAt(at);
            if (c == '·') {
                return at < start - 1;
            }
            if (!Transliteration.uses(c)) {
                return false;
            }
        }
        return false;
    }

    /** Whether one of the person's own dotted names covers [start, end) and is not itself continued. */
    private boolean ownDottedName(String t, int start, int end) {
        for (String full : dotted) {
            for (int from = Math.max(0, end - full.length()); from <= start; from++) {
                int to = from + full.length();
                if (to >= end && t.startsWith(full, from)
                        && (to >= t.length() || CONTINUES.indexOf(t.charAt(to)) < 0 && t.charAt(to) != '·')
                        && (from == 0 || t.charAt(from - 1) != '·')) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean insideFalseFriend(String t, int start, int end) {
        for (String f : falseFriends) {
            int from = Math.max(0, end - f.length());
            for (int at = t.indexOf(f, from); at >= 0 && at <= start; at = t.indexOf(f, at + 1)) {
                if (at + f.length() >= end) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Latin names start a word (Austin, not Faustina); the end may carry a suffix the index stems away. */
    private static boolean wordStart(String t, int at, String name) {
        char first = name.charAt(0);
        return !(first < 0x80 && Character.isLetterOrDigit(first) && at > 0 && Character.isLetterOrDigit(t.charAt(at - 1)));
    }

    /** Lower case; every middle dot, and a hyphen between two Chinese characters, as '·'. Keeps offsets. */
    static String fold(String text) {
        char[] out = text.toLowerCase(Locale.ROOT).toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (DOTS.indexOf(c) >= 0 || (c == '-' || c == '－') && i > 0 && i + 1 < out.length
                    && Probes.isHan(out[i - 1]) && Probes.isHan(out[i + 1])) {
                out[i] = '·';
            }
        }
        return new String(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NameGuard g && names.equals(g.names) && guarded.equals(g.guarded) && dotted.equals(g.dotted)
                && falseFriends.equals(g.falseFriends) && needsContext.equals(g.needsContext) && own.equals(g.own)
                && context == g.context;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(names, guarded, dotted, falseFriends, needsContext, own);
    }

    /** The guard for a clause's risky alternatives, or null when it has none. */
    static NameGuard of(Clause clause, ContextNames context) {
        List<String> risky = new ArrayList<>();
        List<Boolean> guarded = new ArrayList<>();
        List<Boolean> needsContext = new ArrayList<>();
        for (Phrase p : clause.alternatives()) {
            String name = clause.nameOf(p);
            if (name != null && clause.isRisky(p)) {
                risky.add(name);
                guarded.add(clause.guarded().contains(p));
                needsContext.add(clause.needsContext().contains(p));
            }
        }
        if (risky.isEmpty()) {
            return null;
        }
        return new NameGuard(risky, guarded, List.copyOf(clause.written().values()),
                List.copyOf(clause.falseFriends().values()), needsContext, clause.labels(), context);
    }
}
