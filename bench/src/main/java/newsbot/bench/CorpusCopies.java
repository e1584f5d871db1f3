package newsbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import newsbot.core.ingest.Ingester;

/** N copies of a corpus folder, copy k's files ending in k extra newlines: every copy is new content. */
final class CorpusCopies {
    private CorpusCopies() {
    }

    static void make(Path corpus, Path target, int copies) throws Exception {
        List<Path> files = Ingester.listArticleFiles(corpus);
        Path root = corpus.toRealPath();
        for (int k = 0; k < copies; k++) {
            for (Path f : files) {
                Path out = target.resolve("copy" + k).resolve(root.relativize(f));
                Files.createDirectories(out.getParent());
                byte[] bytes = Files.readAllBytes(f);
                byte[] changed = Arrays.copyOf(bytes, bytes.length + k);
                Arrays.fill(changed, bytes.length, changed.length, (byte) '\n');
                Files.write(out, changed);
            }
        }
    }
}
