package newsbot.bot.chart;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a {@link TimelineChart} warm on a background thread ({@link TimelineChart#warmed}), so that a fresh JVM's
 * Java2D and font start-up runs while the database is opened and the timeline read, not after: with two cores the
 * first picture then costs about what a later one does. A warm-up that fails only costs its time; the chart asked
 * for afterwards is made then.
 */
public final class ChartWarmUp {
    private static final Logger log = LoggerFactory.getLogger(ChartWarmUp.class);

    private final String language;
    private final CompletableFuture<TimelineChart> chart = new CompletableFuture<>();

    private ChartWarmUp(String language) {
        this.language = language;
    }

    /** Starts warming a chart with labels in {@code language} ("zh" or "en"); a daemon thread, never keeping the JVM up. */
    public static ChartWarmUp start(String language) {
        ChartWarmUp w = new ChartWarmUp(language);
        Thread t = new Thread(w::run, "chart-warm-up");
        t.setDaemon(true);
        t.start();
        return w;
    }

    private void run() {
        try {
            chart.complete(TimelineChart.warmed(language));
        } catch (RuntimeException | LinkageError e) { // e.g. no Java2D on a stripped JRE: the real drawing will say why
            log.debug("timeline chart warm-up failed: {}", e.toString());
            chart.completeExceptionally(e);
        }
    }

    /** The warm chart, waiting for the warm-up to end; a fresh one if it failed. */
    public TimelineChart chart() {
        try {
            return chart.get();
        } catch (ExecutionException e) {
            return new TimelineChart(language);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TimelineChart(language);
        }
    }
}
