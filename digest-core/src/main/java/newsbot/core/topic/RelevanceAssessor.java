package newsbot.core.topic;

import newsbot.core.parse.ParsedArticle;

/** Scores parsed articles against the topic on the reader threads; thread-safe. */
public interface RelevanceAssessor {

    Relevance assess(ParsedArticle article);

    /** Identifies the topic definition, so articles scored by an older one can be found and rescored. */
    String version();

    static RelevanceAssessor of(Topic topic, String version) {
        return new RelevanceAssessor() {
            @Override
            public Relevance assess(ParsedArticle article) {
                return topic.assess(article.title(), article.sections());
            }

            @Override
            public String version() {
                return version;
            }
        };
    }
}
