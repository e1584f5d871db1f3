package newsbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsbot.bot.chart.TimelineChart;
import newsbot.bot.render.TimelineText;
import newsbot.core.Digests;
import newsbot.core.timeline.Timeline;
import newsbot.core.timeline.TimelineEntry;
import newsbot.core.timeline.TimelineQuery;

/**
 * The timeline on an ingested corpus: the PNG of the whole corpus (read and drawn, medians of several runs after a
 * first cold one), whether each 6-month text timeline fits one Telegram message or splits between contacts, and,
 * with {@code --labels}, where each labelled event of {@code stories.tsv} lands (date, kind, level) for a person to
 * judge.
 *
 * <pre>java -jar bench/target/newsbot-bench.jar timeline DB [--runs 7] [--labels ../shared/eval-dev] [--png FILE]</pre>
 */
final class TimelineBench {
    private TimelineBench() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int runs = 7;
        Path labels = null;
        Path png = null;
        Path topic = Path.of("config", "topics", "us-china-military.yml");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--labels" -> labels = Path.of(args[++i]);
                case "--png" -> png = Path.of(args[++i]);
                case "--topic" -> topic = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Files.isRegularFile(db)) {
            throw new IllegalArgumentException("no database " + db + " (ingest the corpus with newsbot first)");
        }
        try (Digests digests = Digests.open(db, topic, Clock.systemUTC())) {
            speed(digests, runs, png);
            messages(digests);
            if (labels != null) {
                labelled(digests, labels.resolve("stories.tsv"));
            }
        }
    }

    private static void speed(Digests digests, int runs, Path png) throws Exception {
        double[] total = new double[runs];
        double[] draw = new double[runs];
        byte[] bytes = new byte[0];
        int contacts = 0;
        double cold = 0;
        for (int r = -1; r < runs; r++) {
            long t0 = System.nanoTime();
            Timeline t = digests.timeline(TimelineQuery.everything());
            long t1 = System.nanoTime();
            bytes = new TimelineChart("en").png(t, digests.topic().name());
            long t2 = System.nanoTime();
            contacts = t.entries().size();
            if (r < 0) {
                cold = (t2 - t0) / 1e6;
            } else {
                total[r] = (t2 - t0) / 1e6;
                draw[r] = (t2 - t1) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "PNG of the whole corpus (%d contacts, %d bytes): first (cold JVM) %.0f ms; "
                        + "then median %.0f ms of %d runs (read %.0f + draw %.0f), max %.0f ms%n", contacts, bytes.length,
                cold, Stats.median(total), runs, Stats.median(total) - Stats.median(draw), Stats.median(draw),
                java.util.Arrays.stream(total).max().orElse(0));
        if (png != null) {
            Files.write(png, bytes);
            System.out.println("  written to " + png);
        }
    }

    /** Every 6-month window ending at a month with contacts: how many Telegram messages its text takes. */
    private static void messages(Digests digests) throws Exception {
        Timeline all = digests.timeline(TimelineQuery.everything());
        int windows = 0;
        int split = 0;
        int longest = 0;
        int most = 0;
        for (YearMonth end = YearMonth.from(all.from()); !end.isAfter(YearMonth.from(all.to())); end = end.plusMonths(1)) {
            LocalDate until = end.atEndOfMonth();
            Timeline t = digests.timeline(TimelineQuery.everything().since(until.minusMonths(6).plusDays(1)).until(until));
            List<String> parts = TimelineText.of(t, digests.topic(), "en").telegram();
            windows++;
            split += parts.size() > 1 ? 1 : 0;
            most = Math.max(most, t.entries().size());
            for (String p : parts) {
                longest = Math.max(longest, p.length());
            }
        }
        System.out.printf(Locale.ROOT, "6-month text timelines: %d windows, most contacts in one %d; %d took more "
                + "than one Telegram message; longest message %d of 4096 characters%n", windows, most, split, longest);
    }

    /** Each labelled event: the timeline entry holding most of its files, with its date, kind and level. */
    private static void labelled(Digests digests, Path stories) throws IOException, Exception {
        Timeline all = digests.timeline(TimelineQuery.everything());
        Map<String, TimelineEntry> byPath = new HashMap<>();
        for (TimelineEntry e : all.entries()) {
            e.sources().forEach(s -> byPath.put(s.path(), e));
        }
        Map<String, String[]> events = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (String line : Files.readAllLines(stories).subList(1, Files.readAllLines(stories).size())) {
            String[] f = line.split("\t");
            events.putIfAbsent(f[0], f);
            members.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[3]);
        }
        int found = 0;
        int rightDate = 0;
        for (Map.Entry<String, String[]> ev : events.entrySet()) {
            Map<Long, Integer> votes = new HashMap<>();
            Map<Long, TimelineEntry> entries = new HashMap<>();
            for (String p : members.get(ev.getKey())) {
                TimelineEntry e = byPath.get(p);
                if (e != null) {
                    votes.merge(e.story(), 1, Integer::sum);
                    entries.put(e.story(), e);
                }
            }
            String[] f = ev.getValue();
            String what = f[2].length() > 70 ? f[2].substring(0, 70) + "…" : f[2];
            if (votes.isEmpty()) {
                System.out.printf("  %s %s  NOT ON THE TIMELINE  %s%n", f[0], f[1], what);
                continue;
            }
            found++;
            long story = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            TimelineEntry e = entries.get(story);
            boolean sameDate = e.date().date().toString().equals(f[1]);
            rightDate += sameDate ? 1 : 0;
            System.out.printf("  %s %s  %s %-10s %-13s %-20s %d/%d files  %s%n", f[0], f[1],
                    sameDate ? "=" : "≠ " + TimelineText.dateOf(e.date()), e.kind().map(k -> k.id()).orElse("(none)"),
                    e.level().map(l -> l.id()).orElse("(none)"), "story " + story, votes.get(story),
                    members.get(ev.getKey()).size(), what);
        }
        System.out.printf(Locale.ROOT, "labelled events: %d of %d on the timeline, %d with the labelled date "
                + "(kinds and levels above, to be judged by a person: the labels give none)%n", found, events.size(), rightDate);
    }
}
