package newsbot.core.ingest;

import java.util.List;
import java.util.Set;

/**
 * What a walk of the articles folder found.
 *
 * @param unlisted folders (relative, '/'-separated) that could not be read: files known under them
 *                 are not taken as deleted
 * @param skipped  files that are not articles by their name (images, hidden files)
 */
record FolderListing(List<FoundFile> files, List<FileError> errors, Set<String> unlisted, int skipped) {

    boolean isUnderUnlisted(String path) {
        for (String dir : unlisted) {
            if (dir.isEmpty() || path.startsWith(dir + "/")) {
                return true;
            }
        }
        return false;
    }
}
