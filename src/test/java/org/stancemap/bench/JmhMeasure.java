package org.stancemap.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The pure functions under JMH: warm import in MB/s ({@link RoundUpImportBenchmark}) and chip layout time
 * for 1k, 10k and 100k chips ({@link ChipLayoutBenchmark}). The full run keeps the benchmarks' own iteration
 * settings; the quick one cuts them to a few seconds each, so its numbers are lower bounds on throughput.
 */
final class JmhMeasure {

    private final boolean quick;

    JmhMeasure(boolean quick) {
        this.quick = quick;
    }

    List<PerformanceReport.Row> rows() {
        List<PerformanceReport.Row> rows = new ArrayList<>();
        for (RunResult result : run(RoundUpImportBenchmark.class)) {
            String name = result.getParams().getBenchmark();
            double megabytesPerSecond = result.getSecondaryResults().get("megabytes").getScore();
            rows.add(PerformanceReport.Row.of("import", name.endsWith("importSeed") ? "seed article, warm"
                            : "10 MB synthetic round-up, warm",
                    String.format(Locale.ROOT, "%.0f MB/s", megabytesPerSecond), "≥ 50 MB/s", megabytesPerSecond >= 50));
        }
        Map<Integer, Double> layout = new TreeMap<>();
        for (RunResult result : run(ChipLayoutBenchmark.class)) {
            layout.put(Integer.parseInt(result.getParams().getParam("chips")), result.getPrimaryResult().getScore());
        }
        layout.forEach((chips, millis) -> rows.add(chips == 100_000
                ? PerformanceReport.Row.of("layout", String.format(Locale.ROOT, "%,d voices", chips),
                        PerformanceReport.ms(millis), "≤ 100 ms", millis <= 100)
                : PerformanceReport.Row.report("layout", String.format(Locale.ROOT, "%,d voices", chips),
                        PerformanceReport.ms(millis), "report")));
        if (layout.containsKey(10_000) && layout.containsKey(100_000)) {
            // n log n predicts 10 × log(100k)/log(10k) = 12.5 from 10k to 100k; n² would be 100.
            double growth = layout.get(100_000) / layout.get(10_000);
            rows.add(PerformanceReport.Row.of("layout", "time 100k / 10k", String.format(Locale.ROOT, "%.1f×", growth),
                    "O(n log n): ≈ 12.5×", growth <= 25));
        }
        return rows;
    }

    private Collection<RunResult> run(Class<?> benchmark) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getSimpleName())
                .forks(1)
                .verbosity(VerboseMode.SILENT);
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(1).measurementTime(TimeValue.seconds(1));
        }
        try {
            return new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed on " + benchmark.getSimpleName(), e);
        }
    }
}
