package newsbot.core.parse;

import java.time.OffsetDateTime;

/** A publication time and where it was read from (see {@link ParsedArticle#dateSource()}). */
record Dated(OffsetDateTime time, String source) {
}
