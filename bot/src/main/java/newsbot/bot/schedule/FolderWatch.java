package newsbot.bot.schedule;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the article folder and its subfolders; once a burst of changes has been quiet for {@code debounce}, runs
 * {@code onChange} (which asks for an ingest). New subfolders are watched as they appear.
 */
final class FolderWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FolderWatch.class);

    private final Path root;
    private final Duration debounce;
    private final Runnable onChange;
    private final WatchService watcher;
    private final Thread thread;

    FolderWatch(Path root, Duration debounce, Runnable onChange) throws IOException {
        this.root = root;
        this.debounce = debounce;
        this.onChange = onChange;
        this.watcher = FileSystems.getDefault().newWatchService();
        registerTree(root);
        this.thread = new Thread(this::run, "newsbot-watch");
        thread.setDaemon(true);
        thread.start();
    }

    Path root() {
        return root;
    }

    private void registerTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey first = watcher.take();
                handle(first);
                WatchKey more;
                while ((more = watcher.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    handle(more); // still busy: wait for a quiet spell
                }
                try {
                    onChange.run();
                } catch (RuntimeException e) {
                    log.warn("ingest after a folder change failed: {}", e.getMessage());
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    private void handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path child = dir.resolve(name);
                if (Files.isDirectory(child)) {
                    try {
                        registerTree(child);
                    } catch (IOException e) {
                        log.warn("cannot watch new folder {}: {}", child, e.getMessage());
                    }
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watcher.close();
            thread.join(2_000);
        } catch (IOException e) {
            log.debug("closing the folder watch: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
