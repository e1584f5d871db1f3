package newsbot.core.summary;

import java.util.List;

/**
 * A sentence that may go into a summary.
 *
 * @param article index of its article in the request
 * @param rank    0-based position among its article's candidates (the lead sentence is 0)
 * @param terms   what it is compared by
 */
record Candidate(int article, int rank, Sentence sentence, List<String> terms) {
}
