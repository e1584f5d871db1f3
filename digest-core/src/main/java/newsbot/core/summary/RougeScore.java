package newsbot.core.summary;

/** Precision, recall and F1 of one ROUGE measure, each in [0, 1]. */
public record RougeScore(double precision, double recall, double f1) {

    static final RougeScore ZERO = new RougeScore(0, 0, 0);

    static RougeScore of(double matches, int candidateCount, int referenceCount) {
        if (matches == 0 || candidateCount == 0 || referenceCount == 0) {
            return ZERO;
        }
        double p = matches / candidateCount;
        double r = matches / referenceCount;
        return new RougeScore(p, r, 2 * p * r / (p + r));
    }
}
