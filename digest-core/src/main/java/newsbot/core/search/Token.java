package newsbot.core.search;

/**
 * One analyzed token and where it came from.
 *
 * @param term  the normalized term as indexed (a CJK bigram, a lone Han character, a stemmed word, a number)
 * @param start offset of its first char in the analyzed text
 * @param end   offset just past its last char
 */
record Token(String term, int start, int end) {
}
