package newsbot.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsbot.core.parse.Section;
import newsbot.core.text.Language;
import newsbot.core.text.Terms;
import newsbot.core.topic.Entity;
import newsbot.core.topic.EventKind;
import newsbot.core.topic.Topic;
import newsbot.core.topic.TopicReading;
import newsbot.core.topic.TopicReading.Found;

/** Reads the {@link Evidence} of one article against the topic. Thread-safe once built. */
final class EvidenceReader {
    /** How much of the first section counts as the lead for the words compared. */
    private static final int LEAD_CHARS = 300;
    /** A date more than this many days before the article is history it recalls, not its event. */
    private static final int MAX_DAYS_BACK = 60;
    private static final int MAX_DAYS_AHEAD = 7;
    /** People named this often anywhere take part even when the title and lead do not name them. */
    private static final int MENTIONS_ANYWHERE = 3;
    private static final double TITLE_WEIGHT = 1;
    private static final double LEAD_WEIGHT = 0.6;
    private static final double ELSEWHERE_WEIGHT = 0.3;

    private final Topic topic;
    private final DateResolver dates = new DateResolver();
    private final Map<String, Entity> entities = new HashMap<>();

    EvidenceReader(Topic topic) {
        this.topic = topic;
        topic.gazetteer().entities().forEach(e -> entities.put(e.id(), e));
    }

    Evidence read(GroupedArticle a) {
        TopicReading r = topic.read(a.title(), a.sections());
        String language = a.sections().get(0).language();
        Kind kind = kind(r);
        EventDate date = date(r, kind, a);
        Map<String, Integer> mentions = new LinkedHashMap<>();
        Map<String, Participant> participants = participants(r, date.date(), mentions);
        Set<String> occasions = new LinkedHashSet<>();
        Set<String> sessions = new LinkedHashSet<>();
        for (Found f : r.found()) {
            if (f.type() == TopicReading.Type.ENTITY && (f.inTitle() || f.inLead())) {
                String k = entities.get(f.id()).kind();
                if (k.equals("mechanism") || k.equals("event")) {
                    occasions.add(f.id());
                }
                // a mechanism's numbered session is one contact; a forum's ("第20届香格里拉对话会") hosts many
                if (k.equals("mechanism")) {
                    sessionNumber(r.text(), f.start()).ifPresent(n -> sessions.add(f.id() + "#" + n));
                }
            }
        }
        return new Evidence(a, language, date, kind.kind, kind.inTitle, participants, mentions, occasions, sessions,
                terms(a, language));
    }

    /** "第17次", "第十八次", "the 17th" just before a mechanism's name: which session of it. */
    private static final java.util.regex.Pattern SESSION = java.util.regex.Pattern.compile(
            "(?:第\\s*(\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*[次届轮]|\\b(\\d{1,3})(?:st|nd|rd|th))[^。，,.\\n]{0,6}$");

    private static Optional<String> sessionNumber(String text, int mechanismStart) {
        java.util.regex.Matcher m = SESSION.matcher(text.substring(Math.max(0, mechanismStart - 16), mechanismStart));
        if (!m.find()) {
            return Optional.empty();
        }
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        return Optional.of(n.chars().allMatch(Character::isDigit) ? n : Integer.toString(chineseNumber(n)));
    }

    private static int chineseNumber(String n) {
        String digits = "一二三四五六七八九";
        int tens = n.indexOf('十');
        if (tens < 0) {
            return digits.indexOf(n.charAt(0)) + 1;
        }
        int high = tens == 0 ? 1 : digits.indexOf(n.charAt(0)) + 1;
        int low = tens == n.length() - 1 ? 0 : digits.indexOf(n.charAt(tens + 1)) + 1;
        return high * 10 + low;
    }

    private record Kind(Optional<EventKind> kind, boolean inTitle, Found anchor) {
    }

    /**
     * The first kind, in the topic's order, that the title names, else the lead; weak kinds ("restored") only
     * when no other kind is named in either.
     */
    private Kind kind(TopicReading r) {
        for (int pass = 0; pass < 4; pass++) {
            boolean weak = pass >= 2;
            boolean title = pass % 2 == 0;
            for (EventKind k : topic.eventKinds()) {
                if (k.weak() != weak) {
                    continue;
                }
                boolean named = false;
                for (Found f : r.found()) {
                    if (f.type() == TopicReading.Type.KIND && f.id().equals(k.id())
                            && (title ? f.inTitle() : f.inLead() && !f.inTitle())) {
                        named = true;
                        break;
                    }
                }
                if (named) {
                    EventKind precise = refinement(r, k);
                    return new Kind(Optional.of(precise), title, firstInBody(r, precise));
                }
            }
        }
        return new Kind(Optional.empty(), false, null);
    }

    /**
     * A kind that refines {@code k} and that the title or lead also names ("这通电话" in the title, "视频通话" in the
     * lead: the call was a video call), else {@code k}.
     */
    private EventKind refinement(TopicReading r, EventKind k) {
        for (EventKind precise : topic.eventKinds()) {
            if (!precise.refines().equals(k.id())) {
                continue;
            }
            for (Found f : r.found()) {
                if (f.type() == TopicReading.Type.KIND && f.id().equals(precise.id()) && (f.inTitle() || f.inLead())) {
                    return refinement(r, precise);
                }
            }
        }
        return k;
    }

    /** The first mention of {@code k} outside the title: where the body dates the contact. */
    private static Found firstInBody(TopicReading r, EventKind k) {
        for (Found f : r.found()) {
            if (f.type() == TopicReading.Type.KIND && f.id().equals(k.id()) && !f.inTitle()) {
                return f;
            }
        }
        return null;
    }

    /**
     * The date the text gives for the event: in the sentence where the body first names the kind of contact
     * (the nearest date before it, else after it), else in the sentence before, else the first date of the
     * lead; else the publication date.
     */
    private EventDate date(TopicReading r, Kind kind, GroupedArticle a) {
        LocalDate base = a.published();
        List<DateResolver.Found> found = new ArrayList<>();
        for (DateResolver.Found d : dates.find(r.text(), base)) {
            if (!d.date().isBefore(base.minusDays(MAX_DAYS_BACK)) && !d.date().isAfter(base.plusDays(MAX_DAYS_AHEAD))
                    && r.sentenceStart(r.sentenceOf(d.start())) >= firstBodyOffset(r)) {
                found.add(d);
            }
        }
        DateResolver.Found chosen = null;
        if (kind.anchor != null) {
            int s = kind.anchor.sentence();
            for (DateResolver.Found d : found) {
                if (r.sentenceOf(d.start()) == s && (chosen == null || d.start() < kind.anchor.start())) {
                    chosen = d;
                }
            }
            if (chosen == null) {
                for (DateResolver.Found d : found) {
                    if (r.sentenceOf(d.start()) == s - 1) {
                        chosen = d;
                    }
                }
            }
        }
        if (chosen == null) {
            int leadEnd = firstBodyOffset(r) + LEAD_CHARS;
            chosen = found.stream().filter(d -> d.start() < leadEnd).findFirst().orElse(null);
        }
        if (chosen == null) {
            return new EventDate(base, EventDate.Precision.DAY, "published " + base);
        }
        return new EventDate(chosen.date(), chosen.precision(), "“" + chosen.text() + "” in the text");
    }

    /** Where the body starts: after the title lines. */
    private static int firstBodyOffset(TopicReading r) {
        int offset = 0;
        for (Found f : r.found()) {
            if (f.inTitle()) {
                offset = Math.max(offset, f.end());
            }
        }
        int nl = r.text().indexOf('\n', offset);
        return nl < 0 ? r.text().length() : nl + 1;
    }

    /**
     * People and offices of a side, offices as the people who held them then, weighed by where they are named:
     * the title 1, the lead 0.6, only often elsewhere 0.3; an office nobody in the topic held then counts half.
     * Fills {@code mentions} with how often each participant is named.
     */
    private Map<String, Participant> participants(TopicReading r, LocalDate date, Map<String, Integer> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Double> place = new LinkedHashMap<>();
        for (Found f : r.found()) {
            if (f.type() != TopicReading.Type.ENTITY) {
                continue;
            }
            for (String meant : topic.meaning(f.id())) {
                Entity e = entities.get(meant);
                if (e.side().isEmpty() || e.side().equals("both")
                        || !(e.kind().equals("person") || e.kind().equals("office"))) {
                    continue;
                }
                String who = topic.holder(e.id(), date);
                counts.merge(who, 1, Integer::sum);
                double weight = f.inTitle() ? TITLE_WEIGHT : f.inLead() ? LEAD_WEIGHT : 0;
                place.merge(who, weight, Math::max);
            }
        }
        Map<String, Participant> out = new LinkedHashMap<>();
        counts.forEach((id, n) -> {
            double w = place.get(id) > 0 ? place.get(id) : n >= MENTIONS_ANYWHERE ? ELSEWHERE_WEIGHT : 0;
            if (w > 0) {
                Entity e = entities.get(id);
                out.put(id, new Participant(id, e.displayName(), e.side(), e.kind().equals("person") ? w : w / 2));
                mentions.put(id, n);
            }
        });
        return out;
    }

    private static List<String> terms(GroupedArticle a, String language) {
        Language lang = language.equals("en") ? Language.EN : Language.ZH;
        Section first = a.sections().get(0);
        String body = first.text() == null ? "" : first.text();
        List<String> terms = new ArrayList<>(Terms.of(a.title(), lang));
        terms.addAll(Terms.of(a.title(), lang));
        terms.addAll(Terms.of(body.substring(0, Math.min(LEAD_CHARS, body.length())), lang));
        return terms;
    }
}
