package newsbot.core.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * NOT a test: a manual check of the parser over a real article folder, run by hand with
 * {@code java -cp … newsbot.core.parse.CorpusCheck /tmp/corpus [--dump]}. Prints formats, rejects with
 * reasons, date coverage by source, titles differing from file names, and single-threaded throughput.
 */
public final class CorpusCheck {

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "/tmp/corpus");
        boolean dump = List.of(args).contains("--dump");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("MANIFEST.tsv"))
                    .sorted().toList();
        }
        List<byte[]> contents = new java.util.ArrayList<>();
        long bytes = 0;
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            contents.add(b);
            bytes += b.length;
        }
        ArticleParser parser = new ArticleParser();
        var threadBean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int warm = 0; warm < 2; warm++) {
            long coldStart = threadBean.getCurrentThreadCpuTime();
            for (int i = 0; i < files.size(); i++) {
                try {
                    parser.parse(rel(root, files.get(i)), contents.get(i));
                } catch (UnparseableFileException e) {
                    // counted below
                }
            }
            System.out.printf("pass %d (JIT warming): %.3f s CPU%n", warm + 1,
                    (threadBean.getCurrentThreadCpuTime() - coldStart) / 1e9);
        }
        Map<String, Integer> formats = new TreeMap<>();
        Map<String, Integer> rejects = new TreeMap<>();
        Map<String, Integer> dateSources = new TreeMap<>();
        Map<String, Integer> languages = new TreeMap<>();
        Map<String, Integer> outletCounts = new TreeMap<>();
        int titleDiffers = 0;
        int emptyBody = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            String rel = rel(root, files.get(i));
            try {
                ParsedArticle a = parser.parse(rel, contents.get(i));
                formats.merge(a.format(), 1, Integer::sum);
                dateSources.merge(a.dateSource().isEmpty() ? "(none)" : a.dateSource(), 1, Integer::sum);
                languages.merge(a.languages(), 1, Integer::sum);
                outletCounts.merge(a.outlet().isEmpty() ? "(none)" : a.outlet(), 1, Integer::sum);
                if (!a.title().equals(ArticleParser.fileTitle(rel))) {
                    titleDiffers++;
                }
                if (a.sections().stream().allMatch(s -> s.text().isEmpty())) {
                    emptyBody++;
                }
                if (dump) {
                    System.out.println(rel + "\t" + a.format() + "\t" + a.title() + "\t" + a.published() + "\t"
                            + a.outlet() + "\t" + a.languages());
                }
            } catch (UnparseableFileException e) {
                rejects.merge(e.getMessage(), 1, Integer::sum);
                System.out.println("REJECT " + rel.replace("\n", "\\n") + ": " + e.getMessage());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("files %d, %.1f MB%n", files.size(), bytes / 1e6);
        System.out.println("formats " + formats);
        System.out.println("rejects " + rejects);
        System.out.println("date sources " + dateSources);
        System.out.println("languages " + languages);
        System.out.println("outlets " + outletCounts);
        System.out.println("titles differing from file name " + titleDiffers + ", empty bodies " + emptyBody);
        System.out.printf("single thread: %.3f s wall, %.3f s CPU; by CPU time %.0f files/s, %.1f MB/s%n",
                seconds, cpuSeconds, files.size() / cpuSeconds, bytes / 1e6 / cpuSeconds);
    }

    private static String rel(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
