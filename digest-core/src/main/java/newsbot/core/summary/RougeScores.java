package newsbot.core.summary;

/** ROUGE-1, ROUGE-2 and ROUGE-L of one candidate against one reference. */
public record RougeScores(RougeScore rouge1, RougeScore rouge2, RougeScore rougeL) {
}
