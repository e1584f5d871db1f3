package newsbot.core.ingest;

import java.util.List;

/**
 * What one scan of the articles folder did.
 *
 * @param scanned    article files found in the folder
 * @param added      new articles (including ones whose file came back)
 * @param updated    articles whose file changed
 * @param unchanged  files left as they were (not read)
 * @param moved      files renamed or moved: same article, new path
 * @param removed    articles whose every file is gone (kept for history, no longer served)
 * @param duplicates new byte-identical copies of an article already stored
 * @param rejected   files that did not become articles; each is in {@code errors}
 * @param skipped    files that are not articles by name (images, hidden files)
 * @param parsed     files parsed in this scan (zero for an unchanged folder)
 * @param millis     wall time of the scan
 * @param errors     every rejected file and unreadable folder, with its reason
 */
public record IngestReport(
        int scanned,
        int added,
        int updated,
        int unchanged,
        int moved,
        int removed,
        int duplicates,
        int rejected,
        int skipped,
        int parsed,
        long millis,
        List<FileError> errors) {

    public IngestReport {
        errors = List.copyOf(errors);
    }
}
