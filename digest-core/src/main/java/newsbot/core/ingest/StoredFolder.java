package newsbot.core.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import newsbot.core.store.KnownArticle;
import newsbot.core.store.KnownFile;
import newsbot.core.store.RejectedFile;
import newsbot.core.store.StoreSnapshot;

/** The store's view of the folder, kept current by the writer as a scan applies its changes. */
final class StoredFolder {
    final Map<String, KnownFile> filesByPath = new HashMap<>();
    final Map<String, RejectedFile> rejectedByPath = new HashMap<>();
    final Map<String, KnownArticle> articlesByHash = new HashMap<>();
    final Map<Long, KnownArticle> articlesById = new HashMap<>();
    final Map<Long, TreeSet<String>> pathsByArticle = new HashMap<>();
    /** Read by the file readers on other threads. */
    final Set<String> knownHashes = ConcurrentHashMap.newKeySet();

    StoredFolder(StoreSnapshot snapshot) {
        snapshot.articles().forEach(this::putArticle);
        snapshot.files().forEach(this::putFile);
        snapshot.rejected().forEach(r -> rejectedByPath.put(r.path(), r));
    }

    void putArticle(KnownArticle a) {
        KnownArticle old = articlesById.put(a.id(), a);
        if (old != null && !old.contentHash().equals(a.contentHash())) {
            articlesByHash.remove(old.contentHash());
            knownHashes.remove(old.contentHash());
        }
        articlesByHash.put(a.contentHash(), a);
        knownHashes.add(a.contentHash());
    }

    void putFile(KnownFile f) {
        KnownFile old = filesByPath.put(f.path(), f);
        if (old != null && old.articleId() != f.articleId()) {
            paths(old.articleId()).remove(f.path());
        }
        paths(f.articleId()).add(f.path());
    }

    KnownFile removeFile(String path) {
        KnownFile f = filesByPath.remove(path);
        if (f != null) {
            paths(f.articleId()).remove(path);
        }
        return f;
    }

    TreeSet<String> paths(long articleId) {
        return pathsByArticle.computeIfAbsent(articleId, id -> new TreeSet<>());
    }
}
