package newsbot.core.store.pg;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: a fresh cluster ({@code initdb}) in a temp folder, started with
 * {@code pg_ctl} on a free port of 127.0.0.1 with trust authentication, stopped and deleted on {@link #close}.
 * PostgreSQL refuses to run as root, so under root it runs as the {@code postgres} user (Debian's package makes it),
 * else {@code nobody}. The binaries come from {@code NEWSBOT_PG_BIN}, else the newest
 * {@code /usr/lib/postgresql/N/bin}, else the {@code PATH}. The server logs every connection and disconnection, so
 * that {@link #peakConnections} can say how many clients were connected at most: with {@value #REPORT_PROPERTY}
 * set, {@link #close} writes it to that file (a leaked pool shows there long before "too many clients").
 */
public final class ThrowawayPostgres implements AutoCloseable {
    public static final String USER = "newsbot";
    /** The file {@link #close} writes the peak number of client connections to, when set. */
    public static final String REPORT_PROPERTY = "newsbot.test.pg.report";
    static final int MAX_CONNECTIONS = 100;

    private final Path bin;
    private final Path dir;
    private final int port;
    private final List<String> runAs;
    private final AtomicInteger databases = new AtomicInteger();

    private ThrowawayPostgres(Path bin, Path dir, int port, List<String> runAs) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.runAs = runAs;
    }

    /** Where initdb and pg_ctl are, if anywhere. */
    public static Optional<Path> binaries() {
        String env = System.getenv("NEWSBOT_PG_BIN");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env)).filter(p -> Files.isExecutable(p.resolve("pg_ctl")));
        }
        Path lib = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> versions = Files.list(lib)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("pg_ctl")) && Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent())));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                // fall through to the PATH
            }
        }
        for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!p.isEmpty() && Files.isExecutable(Path.of(p, "pg_ctl")) && Files.isExecutable(Path.of(p, "initdb"))) {
                return Optional.of(Path.of(p));
            }
        }
        return Optional.empty();
    }

    private static int versionOf(Path versionFolder) {
        try {
            return Integer.parseInt(versionFolder.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Makes and starts a cluster; throws when the binaries are missing or it cannot start. */
    public static ThrowawayPostgres start() throws IOException, InterruptedException {
        Path bin = binaries().orElseThrow(() -> new IOException("no PostgreSQL server binaries (initdb, pg_ctl)"));
        Path dir = Files.createTempDirectory("newsbot-pg-");
        List<String> runAs = List.of();
        if ("root".equals(System.getProperty("user.name"))) {
            String user = userExists("postgres") ? "postgres" : "nobody";
            UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
            Files.setOwner(dir, owner);
            runAs = List.of("setpriv", "--reuid=" + user, "--regid=" + groupOf(user), "--clear-groups", "--");
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            ThrowawayPostgres pg = new ThrowawayPostgres(bin, dir, freePort(), runAs);
            try {
                if (attempt == 0) {
                    pg.run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
                            "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"));
                }
                pg.run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60",
                        "-l", dir.resolve("server.log").toString(), "-o",
                        "-p " + pg.port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                                // fixtures close their pools after each test: digest-core's 141 PostgreSQL tests
                                // peak at 5 connections (154 when every pool stayed open until the JVM ended)
                                + " -c synchronous_commit=off -c full_page_writes=off -c max_connections="
                                + MAX_CONNECTIONS + " -c log_connections=on -c log_disconnections=on",
                        "start"));
                return pg;
            } catch (IOException e) {
                last = e; // most likely the port was taken meanwhile: another one
            }
        }
        deleteQuietly(dir);
        throw last;
    }

    /** A new, empty database on this server; its JDBC URL (user {@value #USER}, no password). */
    public String newDatabase() throws SQLException {
        String name = "newsbot_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, "");
             Statement st = c.createStatement()) {
            try {
                st.execute("CREATE DATABASE " + name + " STRATEGY = FILE_COPY"); // PostgreSQL 15+: no WAL of the copy
            } catch (SQLException e) {
                st.execute("CREATE DATABASE " + name);
            }
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
    }

    public int port() {
        return port;
    }

    /**
     * The most client connections open at once so far, read from the server's log: each authorized connection
     * counts up, each disconnection down (a connection refused before authorization logs neither).
     */
    public int peakConnections() throws IOException {
        int open = 0;
        int peak = 0;
        try (Stream<String> lines = Files.lines(dir.resolve("server.log"), StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.contains("LOG:  connection authorized:")) {
                    peak = Math.max(peak, ++open);
                } else if (line.contains("LOG:  disconnection:")) {
                    open--;
                }
            }
        }
        return peak;
    }

    @Override
    public void close() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-t", "20",
                    "-w", "stop"));
        } catch (IOException | InterruptedException e) {
            // the folder goes anyway; a server that lost its folder stops itself
        } finally {
            report();
            removeInBackground(dir);
        }
    }

    private void report() {
        String file = System.getProperty(REPORT_PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), "peak client connections " + peakConnections() + " (max_connections "
                    + MAX_CONNECTIONS + ")\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // a report is a measurement, not a test: its absence says enough
        }
    }

    /** A cluster of many test databases is tens of thousands of files: rm goes on after this JVM ends. */
    private static void removeInBackground(Path dir) {
        try {
            new ProcessBuilder("rm", "-rf", dir.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            deleteQuietly(dir);
        }
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(runAs);
        full.addAll(command);
        Process p = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish");
        }
        if (p.exitValue() != 0) {
            String log = Files.isReadable(dir.resolve("server.log")) ? Files.readString(dir.resolve("server.log")) : "";
            throw new IOException(Path.of(command.get(0)).getFileName() + " failed (" + p.exitValue() + "): "
                    + new String(out, StandardCharsets.UTF_8) + log);
        }
    }

    private static boolean userExists(String user) throws IOException {
        return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith(user + ":"));
    }

    private static String groupOf(String user) throws IOException {
        return Files.readAllLines(Path.of("/etc/passwd")).stream().filter(l -> l.startsWith(user + ":"))
                .map(l -> l.split(":")[3]).findFirst().orElseThrow();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
