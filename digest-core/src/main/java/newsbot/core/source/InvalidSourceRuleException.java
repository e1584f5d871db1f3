package newsbot.core.source;

/** A {@code sources:} rule that cannot be used; {@link #key()} names the field at fault. */
public final class InvalidSourceRuleException extends Exception {
    private final String key;

    public InvalidSourceRuleException(String key, String problem) {
        super(problem);
        this.key = key;
    }

    /** "folder", "path", "host", "names", "title", "outlet", "kind", or "" for the rule as a whole. */
    public String key() {
        return key;
    }
}
