package org.stancemap.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * JVM start to first frame of the bundled map over the same for an empty window, each the median of several
 * fresh JVMs. The goal row starts the app as {@code ./mvnw javafx:run} does (its JVM options) against a plain
 * empty JavaFX window; the others show the ratio with both on the app's options, and with an AppCDS archive. Runs
 * from jars (CDS archives only classes from jars): the packaged {@code target/stancemap.jar} plus a jar of
 * {@link StartupProbe} made here.
 */
final class StartupMeasure {

    private static final Path APP_JAR = Path.of("target", "stancemap.jar");
    private static final String GOAL = "≤ 1.5";

    private final Path work;
    private final Map<String, String> environment;
    private final int runs;
    private final boolean quick;

    StartupMeasure(Path work, Map<String, String> environment, boolean quick) {
        this.work = work;
        this.environment = environment;
        this.runs = quick ? 2 : 7;
        this.quick = quick;
    }

    List<PerformanceReport.Row> rows() throws IOException {
        if (!Files.isRegularFile(APP_JAR)) {
            return List.of(new PerformanceReport.Row("startup", "first frame / empty window", "not run: no "
                    + APP_JAR + "; run ./mvnw -B -q -DskipTests package first", GOAL, "MISS"));
        }
        String classPath = APP_JAR + java.io.File.pathSeparator + probeJar();
        List<String> plain = ChildJvm.guiOptions(work);
        List<String> app = ChildJvm.appOptions(work);
        List<PerformanceReport.Row> rows = new ArrayList<>();
        rows.add(row("app with its javafx:run JVM options / empty window, default JVM", true, classPath, plain,
                app));
        if (quick) {
            return rows; // each further row is as many starts again
        }
        rows.add(row("both with the app's JVM options", false, classPath, app, app));
        Path appArchive = work.resolve("app.jsa");
        start(classPath, with(app, "-XX:ArchiveClassesAtExit=" + appArchive), "app");
        rows.add(row("app also with an AppCDS archive of the jar (not shipped) / empty window, default JVM", false,
                classPath, plain, with(app, "-XX:SharedArchiveFile=" + appArchive)));
        return rows;
    }

    private static List<String> with(List<String> options, String option) {
        List<String> all = new ArrayList<>(options);
        all.add(option);
        return all;
    }

    private PerformanceReport.Row row(String label, boolean goal, String classPath, List<String> emptyOptions,
                                      List<String> appOptions) {
        List<Double> empty = new ArrayList<>();
        List<Double> app = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            // Interleaved, so that a burst of load on the machine hits both alike.
            empty.add(start(classPath, emptyOptions, "empty"));
            app.add(start(classPath, appOptions, "app"));
        }
        double ratio = PerformanceReport.median(app) / PerformanceReport.median(empty);
        String measure = "first frame, " + label + " (median of " + runs + ")";
        String result = String.format(Locale.ROOT, "%.2f (%s / %s)", ratio,
                PerformanceReport.ms(PerformanceReport.median(app)), PerformanceReport.ms(PerformanceReport.median(empty)));
        return goal
                ? PerformanceReport.Row.of("startup", measure, result, GOAL, ratio <= 1.5)
                : PerformanceReport.Row.report("startup", measure, result, "report");
    }

    private double start(String classPath, List<String> options, String which) {
        ChildJvm child = ChildJvm.run(environment, classPath, options, StartupProbe.class.getName(), List.of(which), 120);
        return Long.parseLong(child.valuesOf("FIRST_FRAME").get(0)) - child.launchedAtMillis();
    }

    /** The probe's classes, which live in target/test-classes, as a jar of their own. */
    private Path probeJar() throws IOException {
        Path jar = work.resolve("startup-probe.jar");
        Path classes = Path.of("target", "test-classes");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
             Stream<Path> files = Files.list(classes.resolve("org/stancemap/bench"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("StartupProbe")).toList()) {
                jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return jar;
    }
}
