package newsbot.bot.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import newsbot.core.timeline.Timeline;
import newsbot.core.timeline.TimelineEntry;
import newsbot.core.topic.EventLevel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The timeline as a picture: contacts per month, stacked by level (most senior at the bottom), with refusals and
 * suspensions as a red segment of their own on top; every month of the period has its bar, so a silence shows as a
 * gap. Sized and lettered for a phone: 1080 × 1080 pixels, text no smaller than 26 px. Labels are English unless
 * Chinese is asked for and a font on the machine can draw it (Debian: fonts-noto-cjk).
 */
public final class TimelineChart {
    public static final int WIDTH = 1080;
    public static final int HEIGHT = 1080;
    /** Senior to junior; the fallback level is grey, breaks red. */
    private static final Color[] LEVEL_COLOURS = {new Color(0x08306b), new Color(0x2171b5), new Color(0x4eb3d3),
            new Color(0x41ab5d), new Color(0xfdae6b), new Color(0x9e9ac8), new Color(0x8c6bb1)};
    private static final Color OTHER = new Color(0xa0a0a0);
    private static final Color BREAK = new Color(0xd7301f);
    private static final String SAMPLE_HAN = "中美接触时间线";
    private static final java.util.Set<String> LOGICAL_FONTS = java.util.Set.of(Font.DIALOG, Font.DIALOG_INPUT,
            Font.MONOSPACED, Font.SANS_SERIF, Font.SERIF);

    private final String fontFamily;
    private final boolean chinese;

    /**
     * @param language "zh" for Chinese labels when a font can draw them, else English
     */
    public TimelineChart(String language) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // no display on a server
        }
        Optional<String> han = language.equals("zh") ? hanFont() : Optional.empty();
        this.chinese = han.isPresent();
        this.fontFamily = han.orElse(Font.SANS_SERIF);
    }

    /**
     * A chart whose first picture is as quick as its next ones: draws and encodes a small sample picture once, which
     * loads what a fresh JVM otherwise loads during the first real one (Java2D, the fonts and their glyphs at the
     * picture's sizes, JFreeChart, the PNG writer) — most of a cold first picture's time. Meant for a background
     * thread while the database is opened and read ({@link ChartWarmUp}).
     */
    public static TimelineChart warmed(String language) {
        TimelineChart chart = new TimelineChart(language);
        chart.png(SampleTimeline.of(), "Sample");
        return chart;
    }

    /** Whether labels come out in Chinese (a Chinese font was found and Chinese asked for). */
    public boolean chinese() {
        return chinese;
    }

    /** The picture as PNG bytes. */
    public byte[] png(Timeline timeline, String topicName) {
        // opaque RGB: the picture has a white background, and without an alpha channel drawing and PNG encoding
        // take about a third of the time (measured: the timeline bench)
        BufferedImage image = chart(timeline, topicName).createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the timeline picture", e);
        }
        return out.toByteArray();
    }

    JFreeChart chart(Timeline timeline, String topicName) {
        String lang = chinese ? "zh" : "en";
        List<EventLevel> levels = timeline.levels();
        String breaks = chinese ? "拒绝或中断" : "Refused or suspended";
        String noLevel = chinese ? "未分级" : "No level";
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<YearMonth> months = months(timeline);
        DateTimeFormatter label = chinese ? DateTimeFormatter.ofPattern("yy年M月", Locale.CHINESE)
                : DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);
        // series in stacking order: levels senior first, then contacts without a level, then breaks on top
        for (EventLevel l : levels) {
            months.forEach(m -> data.addValue(0, l.name(lang), label.format(m)));
        }
        boolean anyUnlevelled = timeline.entries().stream().anyMatch(e -> !e.breakInContact() && e.level().isEmpty());
        if (anyUnlevelled) {
            months.forEach(m -> data.addValue(0, noLevel, label.format(m)));
        }
        months.forEach(m -> data.addValue(0, breaks, label.format(m)));
        int breakCount = 0;
        for (TimelineEntry e : timeline.entries()) {
            String series = e.breakInContact() ? breaks : e.level().map(l -> l.name(lang)).orElse(noLevel);
            breakCount += e.breakInContact() ? 1 : 0;
            String column = label.format(YearMonth.from(e.date().date()));
            if (data.getColumnIndex(column) >= 0) {
                data.incrementValue(1, series, column);
            }
        }
        CategoryPlot plot = new CategoryPlot(data, axis(months.size()), countAxis(busiest(data)), renderer(levels, anyUnlevelled));
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd0d0d0));
        plot.setRangeGridlineStroke(new BasicStroke(1.5f));
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(10, 10, 10, 30));
        JFreeChart chart = new JFreeChart(null, font(Font.BOLD, 34), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.addSubtitle(title(topicName, timeline.who().isEmpty() ? "" : " · " + timeline.who()));
        chart.addSubtitle(counts(timeline, breakCount));
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(font(Font.PLAIN, 26));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemLabelPadding(new RectangleInsets(2, 6, 2, 18));
        legend.setMargin(new RectangleInsets(16, 10, 10, 10));
        chart.addSubtitle(legend);
        return chart;
    }

    private TextTitle title(String topicName, String who) {
        TextTitle title = new TextTitle(topicName + who, font(Font.BOLD, 34));
        title.setPaint(new Color(0x202020));
        title.setMargin(new RectangleInsets(24, 20, 4, 20));
        return title;
    }

    private TextTitle counts(Timeline t, int breakCount) {
        int n = t.entries().size();
        String text = chinese
                ? period(t) + "：" + n + " 次接触" + (breakCount > 0 ? "，其中 " + breakCount + " 次拒绝或中断" : "")
                : period(t) + ": " + n + (n == 1 ? " contact" : " contacts")
                        + (breakCount > 0 ? ", " + breakCount + " refused or suspended" : "");
        TextTitle counts = new TextTitle(text, font(Font.PLAIN, 28));
        counts.setPaint(new Color(0x404040));
        counts.setMargin(new RectangleInsets(4, 20, 16, 20));
        return counts;
    }

    private String period(Timeline t) {
        DateTimeFormatter f = chinese ? DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINESE)
                : DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        return f.format(t.from()) + " – " + f.format(t.to());
    }

    private CategoryAxis axis(int months) {
        CategoryAxis axis = new CategoryAxis(chinese ? "月份" : "Month");
        axis.setLabelFont(font(Font.PLAIN, 28));
        axis.setTickLabelFont(font(Font.PLAIN, months > 24 ? 22 : 26));
        axis.setCategoryLabelPositions(months > 12 ? CategoryLabelPositions.UP_90 : CategoryLabelPositions.STANDARD);
        axis.setMaximumCategoryLabelLines(2);
        axis.setCategoryMargin(0.15);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        return axis;
    }

    /** From 0 to a little above the busiest month, and at least 3, so that one contact is not a wall of colour. */
    private NumberAxis countAxis(int busiest) {
        NumberAxis axis = new NumberAxis(chinese ? "接触次数" : "Contacts");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setLabelFont(font(Font.PLAIN, 28));
        axis.setTickLabelFont(font(Font.PLAIN, 26));
        axis.setRange(0, Math.max(3, busiest + 0.5));
        return axis;
    }

    private static StackedBarRenderer renderer(List<EventLevel> levels, boolean unlevelled) {
        StackedBarRenderer r = new StackedBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setMaximumBarWidth(0.08);
        int series = 0;
        for (EventLevel l : levels) {
            r.setSeriesPaint(series++, l.fallback() ? OTHER : LEVEL_COLOURS[Math.min(series - 1, LEVEL_COLOURS.length - 1)]);
        }
        if (unlevelled) {
            r.setSeriesPaint(series++, OTHER);
        }
        r.setSeriesPaint(series, BREAK);
        return r;
    }

    private static int busiest(DefaultCategoryDataset data) {
        int most = 0;
        for (int c = 0; c < data.getColumnCount(); c++) {
            int month = 0;
            for (int r = 0; r < data.getRowCount(); r++) {
                month += data.getValue(r, c).intValue();
            }
            most = Math.max(most, month);
        }
        return most;
    }

    /** Every month from the period's first to its last. */
    private static List<YearMonth> months(Timeline t) {
        YearMonth first = YearMonth.from(t.from());
        YearMonth last = YearMonth.from(t.to());
        List<YearMonth> out = new java.util.ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    private Font font(int style, int size) {
        return new Font(fontFamily, style, size);
    }

    /**
     * A font family installed on the machine that draws Chinese, if any: a proportional sans serif for simplified
     * Chinese first (Noto Sans CJK SC rather than its JP, Mono or Serif siblings, whose glyphs or Latin letters read
     * worse on a chart), else any family that draws it, else the JVM's logical sans serif when fontconfig lends it
     * Chinese glyphs. Listing the families loads every font (~0.5–1 s cold): {@link ChartWarmUp} does it early.
     */
    static Optional<String> hanFont() {
        Optional<String> family = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .filter(f -> !LOGICAL_FONTS.contains(f))
                .filter(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo(SAMPLE_HAN) == -1)
                .max(java.util.Comparator.comparingInt(TimelineChart::hanPreference).thenComparing(java.util.Comparator.reverseOrder()));
        if (family.isPresent()) {
            return family;
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplayUpTo(SAMPLE_HAN) == -1
                ? Optional.of(Font.SANS_SERIF) : Optional.empty();
    }

    /** Higher for a family better suited to simplified Chinese labels, judged by its name. */
    static int hanPreference(String family) {
        String f = " " + family.toUpperCase(Locale.ROOT) + " ";
        int score = 0;
        score += f.contains(" SC ") || f.contains(" CN ") || f.contains("HANS") || f.contains(" GB") ? 4 : 0;
        score += f.contains("SANS") || f.contains("HEI") ? 2 : 0;
        score -= f.contains("MONO") ? 3 : 0;
        return score;
    }
}
