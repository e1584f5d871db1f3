package newsbot.bot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a file unwritable for this process the way an operator meets it: by its permissions (r--r--r--), or, when
 * the process ignores permissions (root, as in this project's CI containers), by the file system's immutable flag
 * ({@code chattr +i}), which stops root too. Where neither works (no POSIX permissions, no {@code chattr}, a file
 * system without inode flags, no CAP_LINUX_IMMUTABLE) the test is skipped with the reason. {@link #close} undoes it.
 */
public final class ReadOnlyFile implements AutoCloseable {
    private final Path file;
    private final Set<PosixFilePermission> permissions;
    private final boolean immutable;

    private ReadOnlyFile(Path file, Set<PosixFilePermission> permissions, boolean immutable) {
        this.file = file;
        this.permissions = permissions;
        this.immutable = immutable;
    }

    public static ReadOnlyFile make(Path file) throws IOException, InterruptedException {
        Set<PosixFilePermission> before;
        try {
            before = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions on this file system: cannot make a file read-only");
            throw e;
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        if (!Files.isWritable(file)) {
            return new ReadOnlyFile(file, before, false);
        }
        String failed = chattr("+i", file); // permissions do not stop this process: it runs as root
        if (failed != null || Files.isWritable(file)) {
            Files.setPosixFilePermissions(file, before);
            Assumptions.abort("cannot make a file read-only here: this process ignores permissions (root) and "
                    + "chattr +i " + (failed != null ? "failed: " + failed : "did not stop writes"));
        }
        return new ReadOnlyFile(file, before, true);
    }

    /** Null when it worked, else why not. */
    private static String chattr(String flag, Path file) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return "no chattr: " + e.getMessage();
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "chattr did not finish";
        }
        return p.exitValue() == 0 ? null : output;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            String failed = chattr("-i", file);
            if (failed != null) {
                throw new IOException("cannot undo chattr +i on " + file + ": " + failed);
            }
        }
        Files.setPosixFilePermissions(file, permissions);
    }
}
