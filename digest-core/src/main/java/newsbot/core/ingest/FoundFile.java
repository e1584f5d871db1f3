package newsbot.core.ingest;

import java.nio.file.Path;

/** A regular file met while walking the articles folder. */
record FoundFile(String path, Path absolute, long size, long mtime) {
}
