package newsbot.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void aClusterKeepsTheIdItsArticlesHad() {
        EventIds.Assignment a = EventIds.assign(List.of(Set.of(1L, 2L, 3L)), Map.of(1L, 7L, 2L, 7L));

        assertThat(a.ids()).containsExactly(7L);
        assertThat(a.merged()).isEmpty();
    }

    @Test
    void twoStoriesBecomingOneKeepTheOlderIdAndTheOtherResolvesToIt() {
        EventIds.Assignment a = EventIds.assign(List.of(Set.of(1L, 2L, 3L)), Map.of(1L, 9L, 2L, 9L, 3L, 5L));

        assertThat(a.ids()).containsExactly(5L);
        assertThat(a.merged()).containsExactly(Map.entry(9L, 5L));
    }

    @Test
    void aSplitStoryKeepsItsIdWhereMostOfItsArticlesWentAndTheRestIsNew() {
        EventIds.Assignment a = EventIds.assign(List.of(Set.of(1L), Set.of(2L, 3L)), Map.of(1L, 4L, 2L, 4L, 3L, 4L));

        assertThat(a.ids()).containsExactly(0L, 4L);
        assertThat(a.merged()).isEmpty();
    }

    @Test
    void articlesNeverGroupedBeforeMakeANewStory() {
        EventIds.Assignment a = EventIds.assign(List.of(Set.of(10L, 11L), Set.of(1L)), Map.of(1L, 2L));

        assertThat(a.ids()).containsExactly(0L, 2L);
    }
}
