package org.stancemap.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Frame intervals while a robot drags a chip ({@link DragProbe}), p50 and p99, for several project sizes. */
final class DragMeasure {

    private final Path work;
    private final Map<String, String> environment;
    private final List<Integer> sizes;
    /** How many drags, the last one measured: the quick run trusts the JIT to have settled a little sooner. */
    private final int drags;

    DragMeasure(Path work, Map<String, String> environment, boolean quick) {
        this.work = work;
        this.environment = environment;
        this.sizes = quick ? List.of(2_000) : List.of(50, 2_000, 10_000);
        this.drags = quick ? 3 : 4;
    }

    private static String p50AndP99(List<Double> frames) {
        return PerformanceReport.ms(PerformanceReport.percentile(frames, 50)) + " / "
                + PerformanceReport.ms(PerformanceReport.percentile(frames, 99));
    }

    List<PerformanceReport.Row> rows() {
        List<PerformanceReport.Row> rows = new ArrayList<>();
        for (int voices : sizes) {
            List<String> options = new ArrayList<>(ChildJvm.appOptions(work));
            options.add("-Djavafx.animation.fullspeed=true");
            ChildJvm child = ChildJvm.run(environment, System.getProperty("java.class.path"), options,
                    DragProbe.class.getName(), List.of(Integer.toString(voices), Integer.toString(drags)), 300);
            List<Double> frames = child.valuesOf("FRAMES").stream().map(Double::parseDouble).toList();
            List<Double> cold = child.valuesOf("COLD").stream().map(Double::parseDouble).toList();
            double opened = Double.parseDouble(child.valuesOf("OPENED").get(0));
            double p99 = PerformanceReport.percentile(frames, 99);
            String measure = String.format(Locale.ROOT, "frame p50 / p99, %,d voices, drag %d (%d frames)", voices,
                    drags, frames.size());
            rows.add(voices == 2_000
                    ? PerformanceReport.Row.of("drag", measure, p50AndP99(frames), "p99 ≤ 16.7 ms", p99 <= 16.7)
                    : PerformanceReport.Row.report("drag", measure, p50AndP99(frames), "report"));
            rows.add(PerformanceReport.Row.report("drag", String.format(Locale.ROOT,
                    "frame p50 / p99, %,d voices, first drag, JIT still compiling (%d frames)", voices, cold.size()),
                    p50AndP99(cold), "report"));
            rows.add(PerformanceReport.Row.report("open", String.format(Locale.ROOT,
                    "window shown with %,d voices", voices), PerformanceReport.ms(opened) + " + 1.5 s settle",
                    "report"));
        }
        return rows;
    }
}
