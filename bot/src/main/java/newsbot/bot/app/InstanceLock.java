package newsbot.bot.app;

/**
 * One database, one running bot: `run` takes this before anything starts and holds it until it stops, so a second
 * `run` on the same database says who holds it and exits instead of posting every digest a second time. Today an OS
 * file lock beside the SQLite file ({@link FileInstanceLock}); a deployment of several instances on a shared
 * database brings an implementation that lets them cooperate instead.
 */
public interface InstanceLock {

    /** Takes the lock, or throws naming who holds it (or why it cannot be taken). */
    Held acquire() throws UnavailableException;

    /** The lock while it is held; closing releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Another instance holds the lock (the message says which and where), or the lock cannot be taken at all. */
    final class UnavailableException extends Exception {
        public UnavailableException(String message) {
            super(message);
        }
    }
}
