package org.stancemap.bench;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

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
import org.stancemap.model.ChipRows;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.render.SlideRows;
import org.stancemap.store.BundledMap;

/**
 * What a move costs on the FX thread: the rows after it, chosen on the slide ({@link SlideRows#afterMove}), and a Tidy
 * Up, on maps of the bundled map's size and larger. Run as {@link ChipLayoutBenchmark} says, with
 * {@code SlideRowsBenchmark} as the pattern.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SlideRowsBenchmark {

    @Param({"51", "500", "2000"})
    public int voices;

    private Project project;
    private String moved;
    private final Placement placement = new Placement(0.3, "benchmark", OptionalDouble.empty(), "benchmark",
            Instant.EPOCH);

    @Setup
    public void makeMap() {
        Project base = voices == 51 ? BundledMap.load() : SyntheticProjects.of(BundledMap.load(), voices, 7);
        project = base.withChipRows(SlideRows.tidy(base));
        moved = project.voices().get(voices / 2).id();
    }

    @Benchmark
    public ChipRows rowsAfterAMove() {
        return SlideRows.afterMove(project, moved, placement);
    }

    @Benchmark
    public ChipRows tidyUp() {
        return SlideRows.tidy(project);
    }
}
