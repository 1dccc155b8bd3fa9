package org.stancemap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stancemap.importer.ImportResult;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.model.Project;

/**
 * Warm import of the seed round-up (86 KB) and of a 10 MB synthetic one in the same format.
 *
 * <p>Besides ops/s, each benchmark reports a secondary result "megabytes": the UTF-8 megabytes (10^6 bytes)
 * of text imported per second, shown by JMH with the unit "ops/s". Run (see README, "Benchmarks"):
 * {@code ./mvnw -q test-compile exec:exec -Dexec.args="-cp %classpath org.openjdk.jmh.Main RoundUpImport -f 1"}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 3) // the JIT needs this long on a busy 2-core machine to settle
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Thread)
public class RoundUpImportBenchmark {

    private static final int TEN_MEGABYTES = 10_000_000;

    /** The seed article's text. */
    @State(Scope.Benchmark)
    public static class Seed {
        String text;
        double megabytes;

        @Setup(Level.Trial)
        public void load() throws IOException {
            text = seedText();
            megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        }
    }

    /** About ten million characters of round-up, built from the seed's entries with new names. */
    @State(Scope.Benchmark)
    public static class Large {
        String text;
        double megabytes;

        @Setup(Level.Trial)
        public void generate() throws IOException {
            String seed = seedText();
            Project project = new RoundUpImporter().importText(seed).value();
            text = SyntheticRoundUp.of(seed, project, TEN_MEGABYTES);
            megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        }
    }

    /** Megabytes imported; JMH divides it by the time, giving MB/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Throughput {
        public double megabytes;

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
        }
    }

    private final RoundUpImporter importer = new RoundUpImporter();

    @Benchmark
    public ImportResult<Project> importSeed(Seed seed, Throughput throughput) {
        throughput.megabytes += seed.megabytes;
        return importer.importText(seed.text);
    }

    @Benchmark
    public ImportResult<Project> importTenMegabytes(Large large, Throughput throughput) {
        throughput.megabytes += large.megabytes;
        return importer.importText(large.text);
    }

    private static String seedText() throws IOException {
        String name = "/org/stancemap/seeds/expert-roundup-china-russia-alliance-2019-06-14.txt";
        try (InputStream in = RoundUpImportBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
