package newsbot.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer of a kind at a time on a database, across processes (an OS file lock on {@code <database>.<what>.lock})
 * and within one (the same lock, polled): a second ingest waits for the first instead of failing on a half-written
 * article, a second migration for the first instead of creating the same tables. The OS releases the lock with its
 * process, however that ends.
 */
public final class LockFile {
    private static final long POLL_MILLIS = 100;

    private final Path database;
    private final Path lockFile;

    /** @param what what the lock is for, e.g. "ingest": one lock file each */
    public LockFile(Path database, String what) {
        this.database = database;
        this.lockFile = database.toAbsolutePath().resolveSibling(database.getFileName() + "." + what + ".lock");
    }

    /** The lock while held; closing releases it. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Takes the lock, waiting as long as another holds it; {@code onWait} runs once if it has to wait. */
    public Held acquire(Runnable onWait) throws StoreException {
        boolean told = false;
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // held by another thread of this process
                }
                if (lock != null) {
                    FileLock held = lock;
                    return () -> {
                        try {
                            held.release();
                            channel.close();
                        } catch (IOException ignored) {
                            // the lock goes with the channel or the process anyway
                        }
                    };
                }
                if (!told) {
                    told = true;
                    onWait.run();
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    channel.close();
                    Thread.currentThread().interrupt();
                    throw new StoreException("interrupted while waiting for the lock " + lockFile);
                }
            }
        } catch (IOException e) {
            String why = StoreException.whyUnwritable(e).map(w -> "the folder of database " + database
                    + " cannot be written (" + w + "): cannot create the lock " + lockFile).orElse(null);
            throw new StoreException(why != null ? why : "cannot take the lock " + lockFile + ": " + e.getMessage(), e);
        }
    }
}
