package newsbot.core.source;

import java.util.Objects;

/**
 * The outlet an article's file or text names, and how.
 *
 * @param name  "" when nothing names one (then {@code basis} is {@link OutletBasis#NONE})
 */
public record NamedOutlet(String name, OutletBasis basis) {
    public static final NamedOutlet NONE = new NamedOutlet("", OutletBasis.NONE);

    public NamedOutlet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basis, "basis");
        if (name.isBlank() != (basis == OutletBasis.NONE)) {
            throw new IllegalArgumentException("a named outlet has a name and a basis, or neither: " + name + "/" + basis);
        }
    }

    /** As stored: a basis the store no longer knows (a row from before bases were kept) counts as the file's own. */
    public static NamedOutlet stored(String name, String basisCode) {
        if (name == null || name.isBlank()) {
            return NONE;
        }
        OutletBasis basis = OutletBasis.ofCode(basisCode).filter(b -> b != OutletBasis.NONE).orElse(OutletBasis.FILE);
        return new NamedOutlet(name.strip(), basis);
    }

    public boolean isPresent() {
        return basis != OutletBasis.NONE;
    }
}
