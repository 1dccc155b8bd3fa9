package org.stancemap.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Heap after GC with the bundled map and with 10k voices, and its growth over open/close cycles. */
final class MemoryMeasure {

    /** Above this per cycle, heap growth between cycle 10 and the last is a leak, not noise. */
    private static final double LEAK_MEGABYTES_PER_CYCLE = 0.1;

    private final Path work;
    private final Map<String, String> environment;
    private final int cycles;

    MemoryMeasure(Path work, Map<String, String> environment, boolean quick) {
        this.work = work;
        this.environment = environment;
        this.cycles = quick ? 15 : 100;
    }

    List<PerformanceReport.Row> rows() {
        List<String> options = new ArrayList<>(ChildJvm.appOptions(work));
        // JavaFX's software pipeline pools effect render targets (5 MB each) behind soft references, which a
        // System.gc() keeps; clearing them at every GC leaves what the app itself holds on to.
        options.add("-XX:SoftRefLRUPolicyMSPerMB=0");
        ChildJvm child = ChildJvm.run(environment, System.getProperty("java.class.path"), options,
                MemoryProbe.class.getName(), List.of(Integer.toString(cycles)), 600);
        double bundled = heap(child, "bundled");
        double large = heap(child, "voices10k");
        double tenth = heap(child, "cycle 10");
        double last = heap(child, "cycle " + cycles);
        double perCycle = (last - tenth) / (cycles - 10);
        List<PerformanceReport.Row> rows = new ArrayList<>();
        rows.add(PerformanceReport.Row.report("memory", "heap after GC (soft refs cleared), bundled map open", mb(bundled), "report"));
        rows.add(PerformanceReport.Row.report("memory", "heap after GC (soft refs cleared), 10,000 voices open", mb(large), "report"));
        rows.add(PerformanceReport.Row.of("memory", String.format(Locale.ROOT,
                        "heap after %d open/close cycles vs after 10", cycles),
                String.format(Locale.ROOT, "%s vs %s (%+.3f MB/cycle)", mb(last), mb(tenth), perCycle),
                "no leak (< 0.1 MB/cycle)", perCycle < LEAK_MEGABYTES_PER_CYCLE));
        return rows;
    }

    private static double heap(ChildJvm child, String what) {
        return child.lines().stream().filter(l -> l.startsWith("HEAP " + what.split(" ")[0] + " "))
                .map(l -> l.split("\\s+")).filter(p -> !what.contains(" ") || p[2].equals(what.split(" ")[1]))
                .map(p -> Double.parseDouble(p[3])).findFirst()
                .orElseThrow(() -> new IllegalStateException("no HEAP " + what + " in:\n" + child.tail()));
    }

    private static String mb(double megabytes) {
        return String.format(Locale.ROOT, "%.0f MB", megabytes);
    }
}
