package newsbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each engine's newest migration, which opening compares the history with, is the newest file of its folder. */
class DialectTest {
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void theNewestMigrationOfEachEngineIsTheLastOfItsFolderAndNoneIsMissing() throws Exception {
        for (Dialect dialect : Dialect.values()) {
            String folder = dialect.migrations().substring("classpath:".length());
            URL url = Dialect.class.getClassLoader().getResource(folder);
            assertThat(url).as(folder).isNotNull();
            List<Integer> versions;
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                versions = files.map(f -> VERSION.matcher(f.getFileName().toString()))
                        .filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1))).sorted().toList();
            }

            assertThat(versions).as("the migrations in %s: raise Dialect.%s's newest migration with each new one",
                    folder, dialect.name()).isEqualTo(IntStream.rangeClosed(1, dialect.newestMigration()).boxed().toList());
        }
    }
}
