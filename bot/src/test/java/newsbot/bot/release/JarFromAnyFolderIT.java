package newsbot.bot.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bot/target/newsbot.jar run by `java -jar` from folders other than the project's, with and without --config. */
class JarFromAnyFolderIT {
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    static Child jar(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Child.java().toString(), "-jar",
                Child.built("newsbot.jar").toString()));
        command.addAll(List.of(args));
        return Child.run(dir, Map.of(), command);
    }

    /** A copy of the shipped config/ and seeds/, as a user lays them out beside each other. */
    static Path installCopy(Path into) throws IOException {
        copyTree(REPOSITORY.resolve("config"), into.resolve("config"));
        copyTree(REPOSITORY.resolve("seeds"), into.resolve("seeds"));
        return into;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void withoutAConfigurationFileTheBundledTopicIsUsedAndSaidSo() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        Child ingest = jar(empty, "--db", "x.db", "ingest", "--articles", REPOSITORY.resolve("seeds").toString(), "--json");

        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        assertThat(ingest.out()).contains("\"added\" : 5");
        assertThat(ingest.err()).contains("INFO").contains("bundled in the jar").contains("no configuration file");
        assertThat(empty.resolve("x.db")).isRegularFile();
        Child search = jar(empty, "--db", "x.db", "search", "董军", "--json");
        assertThat(search.exitCode()).as(search.toString()).isZero();
        assertThat(search.out()).contains("\"path\""); // on-topic results: the bundled topic scored the seeds
    }

    @Test
    void aConfigurationNamedFromAnotherFolderFindsItsOwnTopicArticlesAndDatabase() throws Exception {
        Path install = installCopy(tmp.resolve("opt/newsbot"));
        Path elsewhere = Files.createDirectories(tmp.resolve("home/ann"));

        Child relative = jar(elsewhere, "--config", "../../opt/newsbot/config/newsbot.yml", "ingest", "--json");
        assertThat(relative.exitCode()).as(relative.toString()).isZero();
        assertThat(relative.out()).contains("\"added\" : 5");
        assertThat(relative.err()).doesNotContain("bundled");
        assertThat(install.resolve("data/newsbot.db")).isRegularFile();
        assertThat(elsewhere.resolve("data")).doesNotExist();

        Child absolute = jar(Path.of("/"), "--config", install.resolve("config/newsbot.yml").toString(), "stories",
                "--json");
        assertThat(absolute.exitCode()).as(absolute.toString()).isZero();
        assertThat(absolute.out()).contains("\"headline\"");
    }

    @Test
    void flagsOverrideTheConfigurationAndAreTakenFromTheWorkingDirectory() throws Exception {
        Path install = installCopy(tmp.resolve("install"));
        Path work = Files.createDirectories(tmp.resolve("work"));

        Child run = jar(work, "--config", install.resolve("config/newsbot.yml").toString(), "--db", "mine.db",
                "ingest", "--articles", "../install/seeds", "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(work.resolve("mine.db")).isRegularFile();
        assertThat(install.resolve("data")).doesNotExist();
    }

    @Test
    void theReadmesCommandsWorkFromTheProjectFolder() throws Exception {
        Path clone = installCopy(tmp.resolve("newsbot"));

        Child ingest = jar(clone, "ingest");
        Child digest = jar(clone, "digest");

        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        assertThat(digest.exitCode()).as(digest.toString()).isZero();
        assertThat(clone.resolve("data/newsbot.db")).isRegularFile();
        assertThat(digest.out()).contains("Lloyd Austin");
    }

    @Test
    void aTopicFileThatIsNotThereIsNamedWithThePathItWasLookedFor() throws Exception {
        Path etc = Files.createDirectories(tmp.resolve("etc"));
        Files.writeString(etc.resolve("newsbot.yml"), "topic: topics/missing.yml\ndatabase: n.db\n");

        Child run = jar(Path.of("/"), "--config", etc.resolve("newsbot.yml").toString(), "list");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("missing.yml");
    }
}
