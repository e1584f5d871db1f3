package newsbot.core.search;

/** A query that cannot be searched; the message is written for the person who typed it. */
public final class InvalidQueryException extends Exception {

    InvalidQueryException(String message) {
        super(message);
    }
}
