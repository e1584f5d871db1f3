package newsbot.core.timeline;

/** A {@code --who} that names no one the topic knows; the message says so in words a user reads. */
public final class UnknownNameException extends Exception {
    public UnknownNameException(String typed) {
        super("nobody the topic knows is called “" + typed + "” (try a name as search knows it: Dong Jun, 董军)");
    }
}
