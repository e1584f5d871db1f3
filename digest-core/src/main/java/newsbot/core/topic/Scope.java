package newsbot.core.topic;

/** Where a rule's conditions must hold together. */
enum Scope {
    /** the article title (and section titles) */
    TITLE,
    /** the titles plus the first {@code lead_chars} characters of each section */
    LEAD,
    /** one sentence; the rule counts once per sentence, up to the rule's {@code max} */
    SENTENCE,
    /** anywhere in the article */
    ARTICLE
}
