package newsbot.bot.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The topic shipped inside the jar (a copy of config/topics/us-china-military.yml made by the build), used when
 * no configuration file names one. It is handed out as a {@link Path} into the jar, so the core reads it like
 * any topic file and {@code /reload} works on it unchanged.
 */
public final class BundledTopic {
    static final String RESOURCE = "/newsbot/topics/us-china-military.yml";

    private BundledTopic() {
    }

    /** The bundled topic file: a path inside the jar, or in the build's classes folder when run from there. */
    public static Path path() {
        URL url = BundledTopic.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("the bundled topic " + RESOURCE + " is missing from the build");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                openJar(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the bundled topic has an unusable location " + url, e);
        }
    }

    /** Whether {@code topic} is the bundled one. */
    public static boolean is(Path topic) {
        return topic.getFileSystem() != FileSystems.getDefault() || topic.equals(path());
    }

    /** A jar's file system must be opened once before paths into it work; it stays open for the JVM's life. */
    private static void openJar(URI uri) {
        try {
            FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notYet) {
            try {
                FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException raced) {
                // another thread opened it meanwhile: fine
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the jar to read the bundled topic", e);
            }
        }
    }
}
