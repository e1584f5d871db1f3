package newsbot.bot.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import newsbot.core.event.EventDate;
import newsbot.core.event.Participant;
import newsbot.core.timeline.Timeline;
import newsbot.core.timeline.TimelineEntry;
import newsbot.core.topic.EventKind;
import newsbot.core.topic.EventLevel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The picture decodes as a PNG of the promised size, with bars drawn in the levels' colours and breaks in red. */
class TimelineChartTest {
    private static final EventLevel MINISTERS = new EventLevel("ministers", Map.of("en", "Defence ministers"), List.of("x"));
    private static final EventLevel OTHER = new EventLevel("other", Map.of("en", "Other officials"), List.of());
    private static final EventKind CALL = new EventKind("call", Map.of("en", "Call"), Set.of(), false, "");
    private static final EventKind REFUSAL = new EventKind("refusal", Map.of("en", "Refusal"), Set.of(), false, "");

    private static TimelineEntry entry(long story, String day, EventKind kind, EventLevel level, boolean isBreak) {
        return new TimelineEntry(story, new EventDate(LocalDate.parse(day), EventDate.Precision.DAY, "test"),
                Optional.of(kind), Optional.of(level), isBreak,
                List.of(new Participant("a", "A", "us", 1), new Participant("b", "B", "cn", 1)), List.of(), "headline");
    }

    private static final Timeline SIX_MONTHS = new Timeline(List.of(
            entry(1, "2024-01-09", CALL, MINISTERS, false),
            entry(2, "2024-01-20", CALL, OTHER, false),
            entry(3, "2024-03-02", REFUSAL, MINISTERS, true),
            entry(4, "2024-06-15", CALL, MINISTERS, false)),
            LocalDate.parse("2024-01-01"), LocalDate.parse("2024-06-30"), "", List.of(MINISTERS, OTHER));

    @Test
    void thePngDecodesAtPhoneSize() throws Exception {
        byte[] png = new TimelineChart("en").png(SIX_MONTHS, "Test topic");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(TimelineChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(TimelineChart.HEIGHT);
        assertThat(image.getColorModel().hasAlpha()).as("opaque: a chat's dark theme must not show through").isFalse();
    }

    @Test
    void aChartWarmedInTheBackgroundDrawsTheSamePictureAsAColdOne() throws Exception {
        ChartWarmUp warmUp = ChartWarmUp.start("en");

        byte[] warm = warmUp.chart().png(SIX_MONTHS, "Test topic");

        assertThat(warm).isEqualTo(new TimelineChart("en").png(SIX_MONTHS, "Test topic"));
    }

    @Test
    void barsAreDrawnInTheLevelsColoursAndBreaksInRed() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(new TimelineChart("en").png(SIX_MONTHS, "Test topic")));

        Set<Integer> colours = new HashSet<>();
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) {
                    coloured++;
                }
            }
        }
        assertThat(coloured).as("pixels not white").isGreaterThan(5_000);
        assertThat(colours).contains(0x08306b, 0xd7301f, 0xa0a0a0); // senior level, break, fallback level
    }

    /** Runs where a font draws Chinese (Debian: fonts-noto-cjk); skipped elsewhere: CI need not install one. */
    @Test
    void withAChineseFontTheLabelsAreChinese() throws Exception {
        TimelineChart zh = new TimelineChart("zh");
        Assumptions.assumeTrue(zh.chinese(), "no font on this machine draws Chinese (apt-get install fonts-noto-cjk)");
        EventLevel ministers = new EventLevel("ministers", Map.of("en", "Defence ministers", "zh", "防长"), List.of("x"));
        Timeline t = new Timeline(List.of(entry(1, "2024-01-09", CALL, ministers, false),
                entry(2, "2024-03-02", REFUSAL, ministers, true)),
                LocalDate.parse("2024-01-01"), LocalDate.parse("2024-03-31"), "", List.of(ministers));

        JFreeChart chart = zh.chart(t, "测试主题");

        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("接触次数");
        assertThat(plot.getRangeAxis().getLabelFont().canDisplayUpTo("接触次数拒绝或中断防长")).isEqualTo(-1);
        assertThat(plot.getDataset().getColumnKeys()).containsExactly("24年1月", "24年2月", "24年3月");
        List<String> legend = new java.util.ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            legend.add(plot.getLegendItems().get(i).getLabel());
        }
        assertThat(legend).containsExactly("防长", "拒绝或中断");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(zh.png(t, "测试主题")));
        assertThat(image.getWidth()).isEqualTo(TimelineChart.WIDTH);
    }

    @Test
    void englishIsAskedForAndGiven() {
        TimelineChart en = new TimelineChart("en");

        assertThat(en.chinese()).isFalse();
        assertThat(en.chart(SIX_MONTHS, "Test topic").getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("Contacts");
    }

    @Test
    void aProportionalSansForSimplifiedChineseIsPreferredAmongChineseFonts() {
        List<String> families = new java.util.ArrayList<>(List.of("Noto Sans Mono CJK SC", "Noto Sans CJK JP",
                "Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei Mono"));

        families.sort(java.util.Comparator.comparingInt(TimelineChart::hanPreference).reversed());

        assertThat(families.get(0)).isEqualTo("Noto Sans CJK SC");
        assertThat(families.indexOf("Noto Sans CJK JP")).isGreaterThan(families.indexOf("Noto Serif CJK SC"));
        assertThat(families.get(families.size() - 1)).isEqualTo("WenQuanYi Zen Hei Mono");
    }

    @Test
    void anEmptyPeriodStillDrawsAChartWithItsAxes() throws Exception {
        Timeline none = new Timeline(List.of(), LocalDate.parse("2024-01-01"), LocalDate.parse("2024-03-31"), "",
                List.of(MINISTERS, OTHER));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(new TimelineChart("en").png(none, "Test topic")));

        assertThat(image.getWidth()).isEqualTo(TimelineChart.WIDTH);
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                dark += (image.getRGB(x, y) & 0xff) < 0x80 ? 1 : 0;
            }
        }
        assertThat(dark).as("title, axes and labels").isGreaterThan(500);
    }
}
