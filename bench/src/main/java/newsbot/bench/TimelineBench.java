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
 * <p>{@code --cli "COMMAND"} (repeatable) also times what a user waits for: {@code COMMAND --db DB timeline --format png}
 * as a fresh process, e.g. {@code --cli "java -jar bot/target/newsbot.jar"} or the release's {@code bin/newsbot}, runs
 * times, the commands taking turns so that two builds or launchers are compared under the same load.
 *
 * <pre>java -jar bench/target/newsbot-bench.jar timeline DB [--runs 7] [--labels ../shared/eval-dev] [--png FILE]
 *     [--cli "java -jar bot/target/newsbot.jar"]…</pre>
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
        List<String> clis = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--labels" -> labels = Path.of(args[++i]);
                case "--png" -> png = Path.of(args[++i]);
                case "--topic" -> topic = Path.of(args[++i]);
                case "--cli" -> clis.add(args[++i]);
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
        if (!clis.isEmpty()) {
            cli(clis, db, runs);
        }
    }

    /** Wall time of a fresh {@code timeline --format png} process per command, in turn, with the load average. */
    private static void cli(List<String> jars, Path db, int runs) throws Exception {
        Path out = Files.createTempFile("timeline-bench", ".png");
        double[][] wall = new double[jars.size()][runs];
        String loadBefore = load();
        for (int r = -1; r < runs; r++) { // a first round untimed: the jar files into the page cache
            for (int j = 0; j < jars.size(); j++) {
                List<String> command = new ArrayList<>(List.of(jars.get(j).trim().split("\\s+")));
                command.addAll(List.of("--db", db.toString(), "timeline", "--format", "png", "--out", out.toString()));
                Process p = new ProcessBuilder(command)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                long t0 = System.nanoTime();
                int exit = p.waitFor();
                double ms = (System.nanoTime() - t0) / 1e6;
                if (exit != 0) {
                    throw new IllegalStateException(jars.get(j) + " timeline --format png exited " + exit);
                }
                if (r >= 0) {
                    wall[j][r] = ms;
                }
            }
        }
        System.out.printf(Locale.ROOT, "CLI timeline --format png, fresh JVM each, %d runs (load average before %s, after %s):%n",
                runs, loadBefore, load());
        for (int j = 0; j < jars.size(); j++) {
            System.out.printf(Locale.ROOT, "  %s: median %.0f ms wall (min %.0f, max %.0f)%n", jars.get(j),
                    Stats.median(wall[j]), java.util.Arrays.stream(wall[j]).min().orElse(0),
                    java.util.Arrays.stream(wall[j]).max().orElse(0));
        }
        if (jars.size() == 2) {
            double[] ratio = new double[runs];
            for (int r = 0; r < runs; r++) {
                ratio[r] = wall[1][r] / wall[0][r];
            }
            System.out.printf(Locale.ROOT, "  second ÷ first, same round: median %.2f%n", Stats.median(ratio));
        }
        Files.deleteIfExists(out);
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
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
