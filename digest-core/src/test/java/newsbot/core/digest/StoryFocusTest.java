package newsbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import newsbot.core.CoreFixture;
import newsbot.core.topic.Topic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a summary sentence says about its story, read with the shipped topic. */
class StoryFocusTest {
    private Topic topic;

    @BeforeEach
    void shippedTopic() throws Exception {
        topic = Topic.load(CoreFixture.TOPIC);
    }

    @Test
    void aSentenceAboutTheChannelsOutscoresAnAnswerAboutTrade() {
        StoryFocus focus = new StoryFocus(topic, "zh", Set.of());

        double channels = focus.of("发言人表示，中美元首同意恢复两军高层沟通，开展中美两军战区领导通话。");
        double trade = focus.of("发言人首先回答了关于两国贸易和关税问题的提问，称双方团队将保持联系。");

        assertThat(channels).isGreaterThan(trade).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theEventsOwnParticipantsCountDouble() {
        String sentence = "中国国防部长董军应约与美国国防部长奥斯汀视频通话。";

        double plain = new StoryFocus(topic, "zh", Set.of()).of(sentence);
        double ofTheEvent = new StoryFocus(topic, "zh", Set.of("dong-jun", "lloyd-austin")).of(sentence);

        assertThat(ofTheEvent).isEqualTo(plain + 2);
    }

    @Test
    void englishSentencesAreReadToo() {
        StoryFocus focus = new StoryFocus(topic, "en", Set.of());

        assertThat(focus.of("Lloyd Austin held a video call with Dong Jun, the first talks between the defence chiefs."))
                .isGreaterThan(focus.of("Shares in Tokyo closed higher on Tuesday."));
    }
}
