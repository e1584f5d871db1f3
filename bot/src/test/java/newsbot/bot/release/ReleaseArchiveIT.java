package newsbot.bot.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;

/**
 * bot/target/newsbot-VERSION.tar.gz unpacked with tar into a temporary folder, and bin/newsbot run from elsewhere,
 * directly, through a symbolic link, with JAVA_HOME and JAVA_OPTS, and as the systemd unit's ExecStart says.
 */
class ReleaseArchiveIT {
    @TempDir
    Path tmp;
    Path home;
    Path elsewhere;

    @BeforeEach
    void unpack() throws Exception {
        Path archive = Child.built("newsbot.archive");
        assertThat(archive).isRegularFile();
        Path opt = Files.createDirectories(tmp.resolve("opt"));
        Child tar = Child.run(opt, Map.of(), List.of("tar", "xzf", archive.toString()));
        assertThat(tar.exitCode()).as(tar.toString()).isZero();
        home = opt.resolve("newsbot-" + System.getProperty("newsbot.version"));
        elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    }

    Child newsbot(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/newsbot").toString()));
        command.addAll(List.of(args));
        return Child.run(elsewhere, withJava(env), command);
    }

    static Map<String, String> withJava(Map<String, String> env) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("JAVA_HOME", System.getProperty("java.home"));
        e.putAll(env);
        return e;
    }

    @Test
    void theArchiveHoldsTheLauncherJarConfigurationSeedsUnitAndInstallNotes() throws Exception {
        assertThat(home.resolve("bin/newsbot")).isRegularFile();
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/newsbot"))).contains(PosixFilePermission.OWNER_EXECUTE,
                PosixFilePermission.OTHERS_EXECUTE);
        assertThat(home.resolve("lib/newsbot.jar")).isRegularFile();
        assertThat(home.resolve("config/newsbot.yml")).isRegularFile();
        assertThat(home.resolve("config/topics/us-china-military.yml")).isRegularFile();
        try (var seeds = Files.list(home.resolve("seeds"))) {
            assertThat(seeds.count()).isEqualTo(5);
        }
        assertThat(home.resolve("systemd/newsbot.service")).isRegularFile();
        assertThat(Files.readString(home.resolve("INSTALL.md"))).contains("systemctl enable --now newsbot");
        assertThat(Files.readString(home.resolve("bin/newsbot"))).startsWith("#!/bin/sh\n").doesNotContain("\r");
    }

    @Test
    void theLauncherRunsFromAnotherFolderOnTheInstallationsConfiguration() throws Exception {
        Child version = newsbot(Map.of(), "--version");
        assertThat(version.exitCode()).as(version.toString()).isZero();
        assertThat(version.out()).contains("newsbot " + System.getProperty("newsbot.version"));

        Child ingest = newsbot(Map.of(), "ingest", "--json");
        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        assertThat(ingest.out()).contains("\"added\" : 5");
        assertThat(home.resolve("data/newsbot.db")).isRegularFile();
        assertThat(elsewhere.resolve("data")).doesNotExist();

        Child digest = newsbot(Map.of(), "digest");
        assertThat(digest.exitCode()).as(digest.toString()).isZero();
        assertThat(digest.out()).contains("Lloyd Austin");
    }

    @Test
    void anExplicitConfigWinsOverTheInstallationsOwn() throws Exception {
        Path mine = Files.writeString(elsewhere.resolve("mine.yml"),
                "articles: " + home.resolve("seeds") + "\ndatabase: my.db\n");

        Child ingest = newsbot(Map.of(), "--config", mine.toString(), "ingest", "--json");

        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        assertThat(elsewhere.resolve("my.db")).isRegularFile();
        assertThat(home.resolve("data")).doesNotExist();
    }

    @Test
    void theLauncherWorksThroughASymbolicLink() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("usr/local/bin"));
        Path link = Files.createSymbolicLink(bin.resolve("newsbot"), home.resolve("bin/newsbot"));

        Child run = Child.run(elsewhere, withJava(Map.of()), List.of(link.toString(), "--db", "x.db", "list", "--json"));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(elsewhere.resolve("x.db")).isRegularFile();
    }

    @Test
    void javaOptsReachTheJvm() throws Exception {
        Child run = newsbot(Map.of("JAVA_OPTS", "-Xmx96m -XshowSettings:vm"), "--version");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("Max. Heap Size: 96.00M");
    }

    @Test
    void oneShotCommandsStartOnTheClientCompilerAndTheBotAndIngestKeepTheJvmDefaults() throws Exception {
        Map<String, String> flags = Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal");

        Child picture = newsbot(flags, "--db", "x.db", "timeline", "--format", "png", "--out", "t.png");
        Child ingest = newsbot(flags, "--db", "x.db", "ingest", "--json");

        assertThat(picture.exitCode()).as(picture.toString()).isZero();
        assertThat(elsewhere.resolve("t.png")).isRegularFile();
        assertThat(picture.out()).containsPattern("TieredStopAtLevel\\s+= 1\\s").containsPattern("UseSerialGC\\s+= true");
        assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        assertThat(ingest.out()).containsPattern("TieredStopAtLevel\\s+= 4\\s"); // the collector: the JVM's choice for the machine
    }

    @Test
    void javaOptsOverrideTheOneShotSettings() throws Exception {
        Child run = newsbot(Map.of("JAVA_OPTS", "-XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal"), "--db", "x.db", "list");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("TieredStopAtLevel\\s+= 4\\s");
    }

    @Test
    void withoutJavaHomeTheJavaOnThePathIsUsed() throws Exception {
        String path = Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin";
        List<String> command = List.of("/usr/bin/env", "-u", "JAVA_HOME", "PATH=" + path,
                home.resolve("bin/newsbot").toString(), "--version");

        Child run = Child.run(elsewhere, Map.of(), command);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("newsbot ");
    }

    @Test
    void aJavaHomeWithoutJavaIsNamed() throws Exception {
        Child run = newsbot(Map.of("JAVA_HOME", tmp.resolve("no-java").toString()), "--version");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("JAVA_HOME").contains("no-java");
    }

    /** The unit's settings a service relies on; its ExecStart, with /opt/newsbot put where we unpacked, runs. */
    @Test
    void theSystemdUnitsExecStartRunsTheBotAndStopsCleanlyOnSigterm() throws Exception {
        Map<String, String> unit = unitSettings(Files.readString(home.resolve("systemd/newsbot.service")));
        assertThat(unit).containsEntry("User", "newsbot").containsEntry("Restart", "on-failure")
                .containsEntry("EnvironmentFile", "/etc/newsbot/newsbot.env")
                .containsEntry("WorkingDirectory", "/opt/newsbot/data").containsKey("ExecStart");
        assertThat(unit.get("ReadWritePaths")).isEqualTo(unit.get("WorkingDirectory"));

        String execStart = unit.get("ExecStart").replace("/opt/newsbot", home.toString());
        Path data = Files.createDirectories(Path.of(unit.get("WorkingDirectory").replace("/opt/newsbot", home.toString())));
        ProcessBuilder pb = new ProcessBuilder(List.of(execStart.split(" "))).directory(data.toFile())
                .redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("SLACK_"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (java.io.IOException e) {
                lines.add("reader failed: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> lines.stream().anyMatch(l -> l.startsWith("newsbot running:")));
            assertThat(data.resolve("newsbot.db")).isRegularFile();
            p.toHandle().destroy(); // what systemctl stop sends: SIGTERM
            assertThat(p.waitFor(40, TimeUnit.SECONDS)).isTrue();
            await().atMost(Duration.ofSeconds(5)).until(() -> lines.contains("newsbot stopped"));
            assertThat(String.valueOf(p.exitValue())).isIn("0", unit.get("SuccessExitStatus"));
        } finally {
            p.destroyForcibly();
        }
    }

    static Map<String, String> unitSettings(String unit) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : unit.split("\n")) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && !line.startsWith("[") && eq > 0) {
                m.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return m;
    }
}
