package newsbot.core.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.core.event.Event;
import newsbot.core.event.Participant;
import newsbot.core.parse.Section;
import newsbot.core.source.SourceFacts;
import newsbot.core.source.SourceKind;
import newsbot.core.source.SourceRules;
import newsbot.core.summary.LengthBudget;
import newsbot.core.summary.ProseFilter;
import newsbot.core.summary.Sentence;
import newsbot.core.summary.SentenceSplitter;
import newsbot.core.topic.Entity;
import newsbot.core.topic.EntityMatch;
import newsbot.core.topic.Topic;

/**
 * Each side's words in an event: for every side of the topic, the one sentence of the story's articles in
 * which an entity of that side speaks ("董军强调，…", "Austin said …", "“…,” Austin said."), cut to a short
 * line. The event's leading participant of the side is preferred as speaker, an official source over
 * others, the reader's language over the other, and earlier sentences over later ones. A side nobody of
 * which is quoted gets no line.
 */
final class Statements {
    /** A short line: Chinese characters or English words. */
    static final int ZH_CHARS = 60;
    static final int EN_WORDS = 30;

    private static final Set<String> SPEAKER_KINDS = Set.of("person", "office", "body", "force");
    /** Between a Chinese speaker and the verb: a title or a place, no clause break ("在会谈中", "部长"). */
    private static final Pattern ZH_VERB = Pattern.compile(
            "[^，。；：！？“”,.;:]{0,10}?(?<!演|据|传|听)(?:表示|强调|说|指出|称|重申|表明|回应)(?:了|说|称|道)?[，：:,]?\\s*");
    /** After an English speaker: an apposition, then the verb, which the line keeps ("stressed keeping …"). */
    private static final Pattern EN_VERB = Pattern.compile(
            "(?:,[^,]{0,40},)?\\s*(?:has |had |also |again )?(?=(?:said|says|stressed|stresses|told|noted|added|urged|"
                    + "warned|emphasi[sz]ed|underlined)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_SAID_THAT = Pattern.compile("^(?:said|says)\\s+(?:that\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_QUOTE_FIRST = Pattern.compile("^[“\"](.{8,}?)[,，]?[”\"]\\s*,?\\s*$");
    /** Where a speaker may stand: the start of the sentence or of a clause, after a date or a place at most. */
    private static final int SUBJECT_REACH = 24;

    private final Topic topic;
    private final SentenceSplitter splitter = new SentenceSplitter();

    Statements(Topic topic) {
        this.topic = topic;
    }

    /** @param articles the story's articles, oldest first; copies are skipped */
    List<Statement> of(Event event, List<StoryArticleRow> articles, SourceRules rules, String readerLanguage) {
        List<Said> said = sentences(articles, rules); // split and scanned once, read for every side
        List<Statement> out = new ArrayList<>();
        for (String side : topic.sides()) {
            Optional<String> leading = event.participants().stream().filter(p -> p.side().equals(side))
                    .map(Participant::entityId).findFirst();
            Candidate best = null;
            for (Said x : said) {
                Candidate c = candidate(x, side, event.date().date());
                if (c != null) {
                    double score = (leading.isPresent() && leading.get().equals(c.speaker) ? 3 : 0)
                            + (x.official ? 2 : 0) + (x.language.equals(readerLanguage) ? 1.5 : 0)
                            + (namesTheOtherSide(c.text, side) ? 1 : 0) - 0.1 * x.rank;
                    c = c.scored(score, x.path);
                    if (best == null || c.score > best.score) {
                        best = c;
                    }
                }
            }
            if (best != null) {
                out.add(new Statement(side, EventLines.sideNames(side, topic), EventLines.names(best.speaker, topic),
                        best.text, best.language, best.path));
            }
        }
        return out;
    }

    /** A sentence of the story's prose that may be someone's words, with the entities it names. */
    private record Said(String sentence, List<EntityMatch> matches, String language, boolean official, int rank,
                        String path) {
    }

    /** Every sentence of the story's prose with balanced quotes, in article and section order; copies skipped. */
    private List<Said> sentences(List<StoryArticleRow> articles, SourceRules rules) {
        List<Said> out = new ArrayList<>();
        for (StoryArticleRow a : articles) {
            if (a.copy()) {
                continue;
            }
            boolean official = rules.resolve(new SourceFacts(a.path(), a.url(), a.named(), a.title())).kind()
                    == SourceKind.OFFICIAL;
            for (Section s : a.sections()) {
                int rank = 0;
                for (Sentence sentence : splitter.split(ProseFilter.of(s.text()))) {
                    String text = withoutStrayQuote(sentence.text());
                    if (quotesBalanced(text)) { // else a piece of a longer quotation: whose words is unclear
                        out.add(new Said(text, topic.gazetteer().find(text), s.language(), official, rank, a.path()));
                    }
                    rank++;
                }
            }
        }
        return out;
    }

    private record Candidate(String speaker, String text, String language, double score, String path) {
        Candidate scored(double s, String p) {
            return new Candidate(speaker, text, language, s, p);
        }
    }

    /** The sentence as a statement of {@code side}, or null when nobody of that side speaks in it. */
    private Candidate candidate(Said said, String side, LocalDate date) {
        String sentence = said.sentence;
        String language = said.language;
        for (EntityMatch m : said.matches) {
            if (m.start() > SUBJECT_REACH && !clauseStart(sentence, m.start())) {
                continue;
            }
            String speaker = topic.holder(m.entityId(), date);
            Optional<Entity> e = topic.entity(speaker);
            if (e.isEmpty() || !e.get().side().equals(side) || !SPEAKER_KINDS.contains(e.get().kind())) {
                continue;
            }
            String words = language.equals("zh") ? zhWords(sentence, m.end()) : enWords(sentence, m);
            if (words != null && LengthBudget.measure(words, language.equals("zh") ? "zh" : "en")
                    >= (language.equals("zh") ? 8 : 4)) {
                return new Candidate(speaker, shorten(words, language), language, 0, "");
            }
        }
        return null;
    }

    /** Words about the relation (they name the other side, or both), not about one side's own affairs. */
    private boolean namesTheOtherSide(String words, String side) {
        for (EntityMatch m : topic.gazetteer().find(words)) {
            String other = topic.entity(m.entityId()).map(Entity::side).orElse("");
            if (!other.isEmpty() && !other.equals(side)) {
                return true;
            }
        }
        return false;
    }

    /** A sentence split from a quoted paragraph may keep the paragraph's closing quote: "…行动。”". */
    static String withoutStrayQuote(String s) {
        long open = s.chars().filter(c -> c == '“').count();
        long close = s.chars().filter(c -> c == '”').count();
        if (close == open + 1 && s.endsWith("”")) {
            return s.substring(0, s.length() - 1);
        }
        if (open == close + 1 && s.startsWith("“")) {
            return s.substring(1);
        }
        return s;
    }

    static boolean quotesBalanced(String s) {
        return s.chars().filter(c -> c == '“').count() == s.chars().filter(c -> c == '”').count()
                && s.chars().filter(c -> c == '"').count() % 2 == 0;
    }

    private static boolean clauseStart(String sentence, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(sentence.charAt(i))) {
            i--;
        }
        return i >= 0 && "，,；;：:".indexOf(sentence.charAt(i)) >= 0;
    }

    /**
     * After "董军强调，" the words; after "奥斯汀强调了…的重要性" (a verb with its object, no pause) the verb
     * stays, or the line would start mid-phrase.
     */
    private static String zhWords(String sentence, int speakerEnd) {
        Matcher v = ZH_VERB.matcher(sentence).region(speakerEnd, sentence.length());
        if (!v.lookingAt()) {
            return null;
        }
        String matched = sentence.substring(speakerEnd, v.end()).strip();
        boolean paused = matched.endsWith("，") || matched.endsWith("：") || matched.endsWith(":") || matched.endsWith(",");
        if (paused) {
            return unquote(sentence.substring(v.end()));
        }
        Matcher verb = VERB_ONLY.matcher(matched);
        return verb.find() ? unquote(sentence.substring(speakerEnd + matched.indexOf(verb.group()))) : null;
    }

    private static final Pattern VERB_ONLY = Pattern.compile("(?:表示|强调|说|指出|称|重申|表明|回应)(?:了|说|称|道)?");

    private static String enWords(String sentence, EntityMatch m) {
        Matcher v = EN_VERB.matcher(sentence).region(m.end(), sentence.length());
        if (v.lookingAt()) {
            // "said (that)" says nothing itself; "stressed …", "urged …" are part of the words
            return unquote(EN_SAID_THAT.matcher(sentence.substring(v.end())).replaceFirst(""));
        }
        // "“We want the channels open,” Austin said."
        String before = sentence.substring(0, m.start());
        String after = sentence.substring(m.end()).strip();
        Matcher q = EN_QUOTE_FIRST.matcher(before.strip());
        if (q.matches() && after.matches("(?i)(said|says|told [^.]{0,40}|stressed|added)\\b.{0,60}")) {
            return q.group(1).strip();
        }
        return null;
    }

    private static String unquote(String text) {
        String t = text.strip();
        if ((t.startsWith("“") && t.endsWith("”")) || (t.startsWith("\"") && t.endsWith("\""))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    /** At most a short line, cut after a clause when too long; "…" marks the cut. */
    static String shorten(String text, String language) {
        if (language.equals("zh")) {
            if (LengthBudget.measure(text, "zh") <= ZH_CHARS) {
                return text;
            }
            int cut = -1;
            for (int i = 0; i < text.length() && LengthBudget.measure(text.substring(0, i), "zh") < ZH_CHARS; i++) {
                if ("，；、,;".indexOf(text.charAt(i)) >= 0 && i >= ZH_CHARS / 3) {
                    cut = i;
                }
            }
            if (cut < 0) {
                cut = text.offsetByCodePoints(0, Math.min(ZH_CHARS - 1, text.codePointCount(0, text.length())));
            }
            return text.substring(0, cut).strip() + "…";
        }
        String[] words = text.strip().split("\\s+");
        if (words.length <= EN_WORDS) {
            return text.strip();
        }
        int keep = EN_WORDS - 1;
        for (int i = EN_WORDS - 1; i >= EN_WORDS / 3; i--) {
            if (words[i].endsWith(",") || words[i].endsWith(";")) {
                keep = i + 1;
                break;
            }
        }
        String cut = String.join(" ", java.util.Arrays.copyOf(words, keep));
        return cut.replaceAll("[,;]$", "") + "…";
    }
}
