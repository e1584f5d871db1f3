package newsbot.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private final DateResolver resolver = new DateResolver();
    /** A Thursday. */
    private static final LocalDate THU_28_DEC = LocalDate.of(2023, 12, 28);

    private LocalDate only(String text, LocalDate base) {
        List<DateResolver.Found> found = resolver.find(text, base);
        assertThat(found).as("dates in %s", text).hasSize(1);
        return found.get(0).date();
    }

    @Test
    void aFullChineseDateIsTakenAsWritten() {
        assertThat(only("2023年12月21日，双方举行视频通话", THU_28_DEC)).isEqualTo(LocalDate.of(2023, 12, 21));
    }

    @Test
    void aMonthAndDayTakesTheArticlesYearUnlessThatIsWellAhead() {
        assertThat(only("12月21日晚，双方视频通话", THU_28_DEC)).isEqualTo(LocalDate.of(2023, 12, 21));
        assertThat(only("12月30日将举行", THU_28_DEC)).isEqualTo(LocalDate.of(2023, 12, 30));
        assertThat(only("12月21日举行", LocalDate.of(2024, 1, 3))).isEqualTo(LocalDate.of(2023, 12, 21));
    }

    @Test
    void aDayAloneIsTheLatestSuchDayNotAfterTheArticle() {
        assertThat(only("记者：21日，刘振立应约与布朗进行视频通话", THU_28_DEC)).isEqualTo(LocalDate.of(2023, 12, 21));
        assertThat(only("16日晚，董军同奥斯汀视频通话", LocalDate.of(2024, 4, 17))).isEqualTo(LocalDate.of(2024, 4, 16));
        assertThat(only("当地时间30日，五角大楼称", LocalDate.of(2023, 6, 2))).isEqualTo(LocalDate.of(2023, 5, 30));
    }

    @Test
    void relativeDaysCountFromTheArticlesDate() {
        assertThat(only("昨天，双方通话", THU_28_DEC)).isEqualTo(LocalDate.of(2023, 12, 27));
        assertThat(only("前天举行会谈", THU_28_DEC)).isEqualTo(LocalDate.of(2023, 12, 26));
        assertThat(only("The two spoke yesterday.", THU_28_DEC)).isEqualTo(LocalDate.of(2023, 12, 27));
    }

    @Test
    void weekdaysAreTheLatestOneUnlessLastWeekIsSaid() {
        assertThat(only("在周四的视频会议上", THU_28_DEC)).isEqualTo(THU_28_DEC);
        assertThat(only("周二举行", THU_28_DEC)).isEqualTo(LocalDate.of(2023, 12, 26));
        assertThat(only("上周四举行", THU_28_DEC)).isEqualTo(LocalDate.of(2023, 12, 21));
        assertThat(only("They spoke on Tuesday.", THU_28_DEC)).isEqualTo(LocalDate.of(2023, 12, 26));
        assertThat(only("They spoke last Thursday.", THU_28_DEC)).isEqualTo(LocalDate.of(2023, 12, 21));
    }

    @Test
    void monthsAndWeeksAreKnownOnlyThatPrecisely() {
        DateResolver.Found lastMonth = resolver.find("上月，两国元首在旧金山会晤", THU_28_DEC).get(0);
        assertThat(lastMonth.date()).isEqualTo(LocalDate.of(2023, 11, 1));
        assertThat(lastMonth.precision()).isEqualTo(EventDate.Precision.MONTH);
        DateResolver.Found later = resolver.find("双方将于本月晚些时候举行会谈", THU_28_DEC).get(0);
        assertThat(later.date()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(later.precision()).isEqualTo(EventDate.Precision.MONTH);
        DateResolver.Found lastWeek = resolver.find("Officials met last week in Hawaii.", THU_28_DEC).get(0);
        assertThat(lastWeek.date()).isEqualTo(LocalDate.of(2023, 12, 18));
        assertThat(lastWeek.precision()).isEqualTo(EventDate.Precision.WEEK);
        assertThat(resolver.find("talks later this month", THU_28_DEC).get(0).precision())
                .isEqualTo(EventDate.Precision.MONTH);
    }

    @Test
    void aNamedMonthIsTheLatestSuchMonth() {
        DateResolver.Found august = resolver.find("中美披露两军高层8月会晤", LocalDate.of(2023, 9, 2)).get(0);
        assertThat(august.date()).isEqualTo(LocalDate.of(2023, 8, 1));
        assertThat(august.precision()).isEqualTo(EventDate.Precision.MONTH);
        assertThat(resolver.find("12月份举行", LocalDate.of(2024, 1, 5)).get(0).date()).isEqualTo(LocalDate.of(2023, 12, 1));
    }

    @Test
    void englishMonthNamesInBothOrders() {
        assertThat(only("On Dec. 21, the generals spoke", THU_28_DEC)).isEqualTo(LocalDate.of(2023, 12, 21));
        assertThat(only("held on 16 April 2024", THU_28_DEC)).isEqualTo(LocalDate.of(2024, 4, 16));
        assertThat(only("November 15, 2023 summit", THU_28_DEC)).isEqualTo(LocalDate.of(2023, 11, 15));
    }

    @Test
    void numbersThatAreNotDatesAreLeftAlone() {
        assertThat(resolver.find("第17次国防部工作会晤，日前举行，7日内答复，2月30日", THU_28_DEC)).isEmpty();
        assertThat(resolver.find("May I ask", THU_28_DEC)).isEmpty();
    }
}
