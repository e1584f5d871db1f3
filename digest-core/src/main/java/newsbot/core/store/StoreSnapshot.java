package newsbot.core.store;

import java.util.List;

/** Everything ingest needs to compare a folder with the store, read in one go. */
public record StoreSnapshot(List<KnownFile> files, List<RejectedFile> rejected, List<KnownArticle> articles) {
}
