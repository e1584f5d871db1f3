package newsbot.bot.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * An exclusive OS file lock on {@code <database>.lock}, which names its holder (pid, host, since when). The OS
 * releases it when the process dies, however it dies, so a crashed bot never leaves a stale lock behind; the file
 * itself stays (removing it would race with the next holder). Only for a database on a local disk: network file
 * systems do not all honour locks.
 */
public final class FileInstanceLock implements InstanceLock {
    private final Path lockFile;
    private final Path database;
    private final Clock clock;

    public FileInstanceLock(Path database, Clock clock) {
        this.database = database;
        this.lockFile = database.resolveSibling(database.getFileName() + ".lock");
        this.clock = clock;
    }

    public Path lockFile() {
        return lockFile;
    }

    @Override
    public Held acquire() throws UnavailableException {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process
            }
            if (lock == null) {
                channel.close();
                throw new UnavailableException("another newsbot run (" + holder() + ") is using " + database
                        + "; one database, one running bot: stop that one first (lock: " + lockFile + ")");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " on " + host() + ", since "
                    + clock.instant() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            FileLock held = lock;
            FileChannel open = channel;
            return () -> {
                try {
                    held.release();
                    open.close();
                } catch (IOException ignored) {
                    // the lock goes with the process anyway
                }
            };
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UnavailableException("cannot take the instance lock " + lockFile + ": " + e.getMessage());
        }
    }

    private String holder() {
        try {
            String text = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "starting" : text;
        } catch (IOException e) {
            return "holder unknown";
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }

    private static void closeQuietly(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // nothing held
            }
        }
    }
}
