package newsbot.core.digest;

import java.time.Instant;
import java.util.Optional;

/**
 * What a digest covers and how it reads.
 *
 * @param afterSeq        only articles ingested after this sequence number (a subscriber's watermark); 0 for all
 * @param upToSeq         only articles ingested up to this sequence number (the watermark the digest advances to)
 * @param publishedSince  only articles published (or, undated, filed) at or after this instant
 * @param language        "zh", "en", or "source" (each story in the language of its best article)
 * @param since           the start of the period the header names (the previous digest), if known
 */
public record DigestRequest(long afterSeq, long upToSeq, Optional<Instant> publishedSince, String language,
                            Optional<Instant> since) {

    /** Everything ingested after {@code afterSeq}, with no upper bound. */
    public DigestRequest(long afterSeq, Optional<Instant> publishedSince, String language, Optional<Instant> since) {
        this(afterSeq, Long.MAX_VALUE, publishedSince, language, since);
    }

    public DigestRequest {
        if (!language.equals("zh") && !language.equals("en") && !language.equals("source")) {
            throw new IllegalArgumentException("language must be zh, en or source, got " + language);
        }
    }

    public static DigestRequest all(String language) {
        return new DigestRequest(0, Optional.empty(), language, Optional.empty());
    }
}
