package newsbot.core.parse;

/** A file that cannot become an article; the message is a reason a person understands. */
public final class UnparseableFileException extends Exception {
    public UnparseableFileException(String reason) {
        super(reason);
    }
}
