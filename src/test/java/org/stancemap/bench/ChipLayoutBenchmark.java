package org.stancemap.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stancemap.layout.BandColumns;
import org.stancemap.layout.ChipLayout;
import org.stancemap.layout.ChipMetrics;
import org.stancemap.layout.ChipSpec;
import org.stancemap.model.Band;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * How long one fresh layout of chips in their band columns takes (no rows kept: every chip is packed). Run after {@code ./mvnw -B -q test-compile} with
 * {@code java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main ChipLayoutBenchmark},
 * where the class path file comes from
 * {@code ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ChipLayoutBenchmark {

    @Param({"1000", "10000", "100000"})
    public int chips;

    private List<ChipSpec> specs;
    private final ChipMetrics metrics = new ChipMetrics(22, 160, 4, 3, 4);

    @Setup
    public void makeChips() {
        // Clustered like real maps: most voices near a few band centres, label widths of real names.
        Random random = new Random(42);
        double[] centres = {0.1, 0.3, 0.5, 0.7, 0.9};
        specs = IntStream.range(0, chips)
                .mapToObj(i -> new ChipSpec("voice-" + i,
                        Math.max(0, Math.min(1, centres[random.nextInt(centres.length)] + random.nextGaussian() * 0.06)),
                        40 + random.nextInt(160)))
                .toList();
    }

    private static final List<Band> BANDS = List.of(new Band("a", 0, 0.2, ""), new Band("b", 0.2, 0.4, ""),
            new Band("c", 0.4, 0.6, ""), new Band("d", 0.6, 0.8, ""), new Band("e", 0.8, 1.0, ""));

    @Benchmark
    public ChipLayout placeOnAWidePlot() {
        return BandColumns.place(specs, BANDS, Map.of(), 1600, 400, metrics);
    }
}
