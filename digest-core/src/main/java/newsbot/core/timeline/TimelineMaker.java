package newsbot.core.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbot.core.event.Event;
import newsbot.core.event.Participant;
import newsbot.core.topic.EventKind;
import newsbot.core.topic.Topic;
import newsbot.core.topic.TopicReading;

/** Lays stories out as a {@link Timeline}: their kinds and levels from the topic, filtered by a query. */
public final class TimelineMaker {
    private final Topic topic;
    private final LevelReader levels;

    public TimelineMaker(Topic topic) {
        this.topic = topic;
        this.levels = new LevelReader(topic);
    }

    /**
     * @param stories every story (any order)
     * @param today   the day a timeline of no contacts and no given period is drawn at
     * @throws UnknownNameException when the query's {@code who} names nobody the topic knows
     */
    public Timeline make(List<Event> stories, TimelineQuery query, LocalDate today) throws UnknownNameException {
        Optional<NamedEntities> who = query.who().isEmpty() ? Optional.empty()
                : Optional.of(NamedEntities.of(topic, query.who()));
        List<TimelineEntry> entries = new ArrayList<>();
        for (Event e : stories) {
            if (e.date().last().isBefore(query.since()) || e.date().date().isAfter(query.until())) {
                continue;
            }
            Set<String> named = titleEntities(e);
            if (who.isPresent() && !involves(e, named, who.get())) {
                continue;
            }
            entries.add(entry(e, named));
        }
        entries.sort(Comparator.comparing((TimelineEntry t) -> t.date().date()).thenComparingLong(TimelineEntry::story));
        LocalDate from = !query.since().equals(LocalDate.MIN) ? query.since()
                : entries.isEmpty() ? today : entries.get(0).date().date();
        LocalDate to = !query.until().equals(LocalDate.MAX) ? query.until()
                : entries.stream().map(t -> t.date().last()).max(Comparator.naturalOrder()).orElse(today);
        if (to.isBefore(from)) {
            to = from;
        }
        return new Timeline(entries, from, to, who.map(NamedEntities::display).orElse(""), topic.eventLevels());
    }

    private TimelineEntry entry(Event e, Set<String> titleEntities) {
        Optional<EventKind> kind = topic.eventKinds().stream().filter(k -> k.id().equals(e.kind())).findFirst();
        List<TimelineEntry.Source> sources = e.members().stream()
                .map(m -> new TimelineEntry.Source(m.paths().isEmpty() ? "" : m.paths().get(0), m.outlet(), m.title()))
                .toList();
        List<String> sides = topic.sides();
        List<Participant> bySide = e.participants().stream() // stable: by prominence within a side
                .sorted(Comparator.comparingInt(p -> sides.contains(p.side()) ? sides.indexOf(p.side()) : sides.size()))
                .toList();
        return new TimelineEntry(e.id(), e.date(), kind, levels.levelOf(e.participants(), titleEntities, e.date().date()),
                topic.breakKinds().contains(e.kind()), bySide, sources, e.centralMember().title());
    }

    /** Entities its members' titles name, pairs ("中美防长") read as what they mean. */
    private Set<String> titleEntities(Event e) {
        Set<String> ids = new LinkedHashSet<>();
        for (Event.Member m : e.members()) {
            for (TopicReading.Found f : topic.read(m.title(), List.of()).found()) {
                if (f.type() == TopicReading.Type.ENTITY) {
                    ids.addAll(topic.meaning(f.id()));
                }
            }
        }
        return ids;
    }

    /**
     * Whether the participant asked for took part: one of the story's participants, an office it held on the
     * day (or the person holding an office asked for), or a mechanism its titles name.
     */
    private boolean involves(Event e, Set<String> titleEntities, NamedEntities who) {
        LocalDate day = e.date().date();
        for (Participant p : e.participants()) {
            for (String id : who.ids()) {
                if (id.equals(p.entityId()) || topic.holder(id, day).equals(p.entityId())
                        || topic.holder(p.entityId(), day).equals(id)) {
                    return true;
                }
            }
        }
        return titleEntities.stream().anyMatch(t -> who.ids().contains(t) && !isPersonOrOffice(t));
    }

    private boolean isPersonOrOffice(String entityId) {
        return topic.entity(entityId).map(en -> en.kind().equals("person") || en.kind().equals("office")).orElse(false);
    }
}
