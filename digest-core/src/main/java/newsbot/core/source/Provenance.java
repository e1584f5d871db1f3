package newsbot.core.source;

import java.util.Objects;
import java.util.Optional;

/**
 * Who published an article and what kind of source it is.
 *
 * @param outlet e.g. "腾讯新闻", "国防部", "RFI"; "" when nothing names one (never a placeholder)
 */
public record Provenance(String outlet, SourceKind kind) {
    public Provenance {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(kind, "kind");
    }

    public Optional<String> knownOutlet() {
        return outlet.isEmpty() ? Optional.empty() : Optional.of(outlet);
    }
}
