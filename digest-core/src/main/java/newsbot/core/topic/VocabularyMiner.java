package newsbot.core.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.core.search.Concept;
import newsbot.core.text.Transliteration;

/**
 * Reads a corpus for what the topic's and glossary's names miss, for a person to review before editing the files:
 * <ul>
 *   <li>Chinese forms no article holds (a typo, or a form the outlets do not use);</li>
 *   <li>transliterations of the topic's people the topic lacks: a Chinese name followed by the person's English name
 *       in brackets (约翰·阿奎利诺（John C. Aquilino）), or written right after one of the topic's offices
 *       (美国防长奥斯丁, 参联会主席米利);</li>
 *   <li>longer names that hold a person's short Chinese name (米利厄斯, 杰里·布朗, 帕特·基辛格): candidates for
 *       the topic's {@code not} list when they are someone else;</li>
 *   <li>name pairs for the glossary: a transliterated Chinese name with a Latin one in brackets (科林·卡尔（Colin
 *       Kahl）) in an article on the topic's ground (naming at least {@value #MIN_GROUND} things the topic and glossary
 *       know), whose Chinese form the topic and glossary lack; people of the topic are left to the list above.</li>
 * </ul>
 * Feed it every article's text with {@link #add}, then read {@link #report}. Not thread-safe.
 */
public final class VocabularyMiner {
    /** Characters transliterations of foreign names are written with (the Xinhua tables' common ones). */
    private static final String DOTS = "·•・‧･";
    /**
     * Characters that begin a given name before a middle dot but are too common elsewhere for {@link Transliteration}:
     * 山姆, 保罗, 安东尼, 雅各布, 何塞, 弥尔顿, 亚历克斯, 伊恩·邓肯, 路易斯, 瓦季姆, 马修.
     */
    private static final String GIVEN = "山保安各何弥历邓易季修朱肖";
    /** The longest given name read before a middle dot (亚历山德里). */
    private static final int MAX_GIVEN = 5;
    private static final Pattern BRACKETED = Pattern.compile(
            "([\\p{IsHan}·•・‧･]{2,16})\\s*[（(]\\s*([A-Z][A-Za-z.'’\\- ]{1,48}?)\\s*[)）]");
    private static final int MAX_EXAMPLES = 2;
    private static final int MAX_PER_NAME = 12;
    /** An article naming this many distinct things the topic and glossary know is on the topic's ground. */
    static final int MIN_GROUND = 5;
    /** A person's Latin name: one to four capitalised words (not an acronym), initials allowed. */
    private static final Pattern PERSON_NAME = Pattern.compile(
            "[A-Z][a-z'’]+(?:[- ](?:[A-Z]\\.|[A-Z][a-z'’]+)){0,3}|(?:[A-Z]\\. ?){1,2}[A-Z][a-z'’]+");

    /** Something seen in the corpus: what, for whom, how often, and where. */
    public record Seen(String text, String forWhom, int count, List<String> examples) {
    }

    /**
     * @param unseen           Chinese forms of the topic and glossary that no article holds
     * @param transliterations forms of the topic's people that the topic lacks, most seen first
     * @param longerNames      longer names holding a person's short Chinese name, most seen first
     */
    public record Report(List<Seen> unseen, List<Seen> transliterations, List<Seen> longerNames, List<Pair> pairs) {
    }

    /**
     * A Chinese and a Latin name seen together, proposed for the glossary.
     *
     * @param zh       the transliteration as written (科林·卡尔)
     * @param en       the name in brackets (Colin Kahl)
     * @param known    the label of the concept that already holds the Latin name, "" when none does (a new entry)
     * @param count    in how many articles
     * @param ground   the most things the topic and glossary know that one of these articles names (sorted by)
     * @param examples where, a few
     */
    public record Pair(String zh, String en, String known, int count, int ground, List<String> examples) {
    }

    private final List<String> hanForms;
    private final Map<String, String> formOwner = new HashMap<>();
    private final AhoCorasick forms;
    private final int[] formCounts;
    private final List<Person> people = new ArrayList<>();
    private final List<String> offices;
    private final AhoCorasick officeMatcher;
    private final Set<String> knownNames = new LinkedHashSet<>();
    private final Map<String, Tally> transliterations = new LinkedHashMap<>();
    private final Map<String, Tally> longer = new LinkedHashMap<>();
    /** Every Latin name of a concept, folded (lower case, no spaces, dots or hyphens), with the concept's label. */
    private final Map<String, String> latinOwner = new HashMap<>();
    private final Map<String, Tally> pairs = new LinkedHashMap<>();
    private final Map<String, String[]> pairNames = new HashMap<>();
    /** For each pair, the most things the topic knows that one of its articles names: the most military first. */
    private final Map<String, Integer> pairGround = new HashMap<>();

    /** A person of the topic: its label, its English surnames (lower case) and its short Chinese names. */
    private record Person(String label, Set<String> surnames, List<String> shortNames) {
    }

    private static final class Tally {
        final String text;
        final String forWhom;
        int count;
        final List<String> examples = new ArrayList<>();

        Tally(String text, String forWhom) {
            this.text = text;
            this.forWhom = forWhom;
        }
    }

    public VocabularyMiner(Topic topic) {
        Set<String> han = new LinkedHashSet<>();
        for (Concept c : topic.thesaurus().concepts()) {
            for (String n : c.names()) {
                knownNames.add(n);
                if (!hasHan(n)) {
                    latinOwner.putIfAbsent(foldLatin(n), c.label());
                }
                if (hasHan(n) && han.add(n)) {
                    formOwner.put(n, c.label());
                }
            }
        }
        this.hanForms = List.copyOf(han);
        this.forms = new AhoCorasick(hanForms);
        this.formCounts = new int[hanForms.size()];
        List<String> officeNames = new ArrayList<>();
        for (EntityDef def : topic.definition().entities()) {
            Entity e = def.entity();
            if (e.kind().equals("person")) {
                Set<String> surnames = new LinkedHashSet<>();
                for (String en : e.names().getOrDefault("en", List.of())) {
                    String[] words = en.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").strip().split("\\s+");
                    if (words.length > 0 && words[words.length - 1].length() >= 3) {
                        surnames.add(words[words.length - 1]);
                    }
                }
                List<String> shortNames = e.names().getOrDefault("zh", List.of()).stream()
                        .filter(n -> n.length() <= 3 && n.chars().noneMatch(ch -> DOTS.indexOf(ch) >= 0)).toList();
                people.add(new Person(e.displayName(), surnames, shortNames));
            } else if (e.kind().equals("office")) {
                e.names().getOrDefault("zh", List.of()).stream().filter(n -> n.length() >= 2).forEach(officeNames::add);
            }
        }
        this.offices = List.copyOf(officeNames);
        this.officeMatcher = new AhoCorasick(offices);
    }

    public void add(String text) {
        char[] chars = text.toCharArray();
        Set<Integer> inThisText = new LinkedHashSet<>();
        forms.scan(chars, (pattern, start, end) -> inThisText.add(pattern));
        inThisText.forEach(p -> formCounts[p]++);
        Set<String> things = new java.util.HashSet<>();
        inThisText.forEach(p -> things.add(formOwner.get(hanForms.get(p))));
        if (things.size() >= MIN_GROUND) {
            pairs(text, things.size());
        }
        bracketed(text);
        afterOffices(text, chars);
        longerNames(text);
    }

    /** 约翰·阿奎利诺（John C. Aquilino）: the Chinese name is a transliteration of the person whose surname is in brackets. */
    private void bracketed(String text) {
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            String latin = m.group(2).toLowerCase(Locale.ROOT);
            for (Person p : people) {
                if (p.surnames().stream().anyMatch(s -> latin.matches(".*\\b" + Pattern.quote(s) + "\\b.*"))) {
                    String name = nameSuffix(m.group(1));
                    if (name.length() >= 2) {
                        count(transliterations, name, p.label(), context(text, m.start(), m.end()));
                    }
                }
            }
        }
    }

    /** 科林·卡尔（Colin Kahl）: a name pair, unless the topic's people list covers it or both names are known. */
    private void pairs(String text, int ground) {
        Matcher m = BRACKETED.matcher(text);
        Set<String> inThisText = new java.util.HashSet<>();
        while (m.find()) {
            String latin = m.group(2).strip();
            String zh = nameSuffix(m.group(1));
            if (zh.length() < 2 || !PERSON_NAME.matcher(latin).matches() || knownNames.contains(zh)
                    || knownNames.contains(zh.replaceAll("[" + DOTS + "]", "·"))) {
                continue;
            }
            String lower = latin.toLowerCase(Locale.ROOT);
            if (people.stream().anyMatch(p -> p.surnames().stream().anyMatch(
                    s -> lower.matches(".*\\b" + Pattern.quote(s) + "\\b.*")))) {
                continue; // the transliterations list has it, with its person
            }
            String key = zh + "\u0000" + latin;
            pairNames.putIfAbsent(key, new String[] {zh, latin});
            pairGround.merge(key, ground, Math::max);
            if (inThisText.add(key)) {
                count(pairs, key, latinOwner.getOrDefault(foldLatin(latin), ""), context(text, m.start(), m.end()));
            }
        }
    }

    private static String foldLatin(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-·]", "");
    }

    /** 美国防长奥斯丁: a transliterated name written right after one of the topic's offices. */
    private void afterOffices(String text, char[] chars) {
        officeMatcher.scan(chars, (pattern, start, end) -> {
            int to = end;
            while (to < text.length() && to - end < 8 && (Transliteration.uses(text.charAt(to))
                    || DOTS.indexOf(text.charAt(to)) >= 0 && to > end)) {
                to++;
            }
            if (to - end >= 2) {
                count(transliterations, text.substring(end, to), "after " + offices.get(pattern), context(text, start, to));
            }
        });
    }

    /** 米利厄斯, 杰里·布朗: what holds a person's short Chinese name. */
    private void longerNames(String text) {
        for (Person p : people) {
            for (String name : p.shortNames()) {
                for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                    int from = at;
                    while (from > 0 && (Transliteration.uses(text.charAt(from - 1)) || DOTS.indexOf(text.charAt(from - 1)) >= 0)
                            && at - from < 10) {
                        from--;
                    }
                    int to = at + name.length();
                    while (to < text.length() && (Transliteration.uses(text.charAt(to)) || DOTS.indexOf(text.charAt(to)) >= 0)
                            && to - at < 10) {
                        to++;
                    }
                    String whole = text.substring(from, to);
                    if (!whole.equals(name)) {
                        count(longer, whole, name + " (" + p.label() + ")", context(text, from, to));
                    }
                }
            }
        }
    }

    public Report report() {
        List<Seen> unseen = new ArrayList<>();
        for (int i = 0; i < hanForms.size(); i++) {
            if (formCounts[i] == 0) {
                unseen.add(new Seen(hanForms.get(i), formOwner.get(hanForms.get(i)), 0, List.of()));
            }
        }
        List<Seen> found = ranked(transliterations).stream()
                .filter(s -> !knownNames.contains(s.text()) && !knownNames.contains(s.text().replaceAll("[" + DOTS + "]", "·")))
                .toList();
        List<Pair> proposed = pairs.values().stream()
                .sorted(Comparator.comparingInt((Tally t) -> -pairGround.get(t.text))
                        .thenComparingInt(t -> -t.count).thenComparing(t -> t.text))
                .map(t -> new Pair(pairNames.get(t.text)[0], pairNames.get(t.text)[1], t.forWhom, t.count,
                        pairGround.get(t.text), List.copyOf(t.examples)))
                .toList();
        return new Report(unseen, found, ranked(longer), proposed);
    }

    private static List<Seen> ranked(Map<String, Tally> tallies) {
        Map<String, Integer> perOwner = new HashMap<>();
        return tallies.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Tally> e) -> e.getValue().forWhom)
                        .thenComparing(e -> -e.getValue().count))
                .filter(e -> perOwner.merge(e.getValue().forWhom, 1, Integer::sum) <= MAX_PER_NAME)
                .map(e -> new Seen(e.getValue().text, e.getValue().forWhom, e.getValue().count, List.copyOf(e.getValue().examples)))
                .toList();
    }

    private static void count(Map<String, Tally> tallies, String text, String forWhom, String example) {
        Tally t = tallies.computeIfAbsent(text + "\u0000" + forWhom, k -> new Tally(text, forWhom));
        t.count++;
        if (t.examples.size() < MAX_EXAMPLES) {
            t.examples.add(example);
        }
    }

    /** The transliterated name at the end of a run of Chinese: 美军印太司令部司令约翰·阿奎利诺 → 约翰·阿奎利诺. */
    private static String nameSuffix(String run) {
        int from = run.length();
        while (from > 0 && (Transliteration.uses(run.charAt(from - 1)) || DOTS.indexOf(run.charAt(from - 1)) >= 0)) {
            from--;
        }
        int dot = firstDot(run, from);
        if (dot >= 0) {
            // a dotted name: its given name may begin with a character ordinary words use too (山姆·奥特曼)
            while (from > 0 && dot - from < MAX_GIVEN
                    && (Transliteration.uses(run.charAt(from - 1)) || GIVEN.indexOf(run.charAt(from - 1)) >= 0)) {
                from--;
            }
        }
        String name = run.substring(from);
        while (!name.isEmpty() && DOTS.indexOf(name.charAt(0)) >= 0) {
            name = name.substring(1);
        }
        return name;
    }

    /** Where the first middle dot at or after {@code from} is, or -1. */
    private static int firstDot(String run, int from) {
        for (int i = from; i < run.length(); i++) {
            if (DOTS.indexOf(run.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - 12), Math.min(text.length(), end + 12)).replaceAll("\\s+", " ");
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
