package newsbot.bot.http;

/**
 * Answers requests to one path of a {@link GuardedHttpServer}. It gets the whole request, already read within the
 * server's limits, on one of the server's workers; what it throws becomes a 500 and one log line.
 */
@FunctionalInterface
public interface HttpEndpoint {
    HttpAnswer answer(HttpCall call) throws Exception;
}
