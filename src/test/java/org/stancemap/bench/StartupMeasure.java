package org.stancemap.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * JVM start to first frame of the bundled map over the same for an empty window, each the median of several
 * fresh JVMs, started in rounds (an empty window, then the app each way) so that a burst of load hits all alike.
 * The yardstick is a plain empty JavaFX window on the JDK running this report. The app is started as
 * {@code ./mvnw javafx:run} starts it (its JVM options, read from the pom), as {@code java -jar} does (no
 * options), and as the installed package does ({@link InstalledPackage}: its own runtime, options and AOT cache);
 * the goal is the package's. Runs from jars: the packaged {@code target/stancemap.jar} (or the package's own copy)
 * plus a jar of {@link StartupProbe} made here, appended to the class path so the package's AOT cache still
 * applies.
 */
final class StartupMeasure {

    private static final Path APP_JAR = Path.of("target", "stancemap.jar");
    private static final String GOAL = "≤ 1.5";

    private final Path work;
    private final Map<String, String> environment;
    private final int runs;

    StartupMeasure(Path work, Map<String, String> environment, boolean quick) {
        this.work = work;
        this.environment = environment;
        this.runs = quick ? 3 : 7;
    }

    /** One way of starting a JVM: which java, its options and class path. */
    private record Start(String label, Path java, List<String> options, String classPath) {
    }

    List<PerformanceReport.Row> rows() throws IOException {
        if (!Files.isRegularFile(APP_JAR)) {
            return List.of(new PerformanceReport.Row("startup", "first frame / empty window", "not run: no "
                    + APP_JAR + "; run ./mvnw -B -q -DskipTests package first", GOAL, "MISS"));
        }
        Path probe = probeJar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = APP_JAR + File.pathSeparator + probe;
        Start empty = new Start("empty window", java, ChildJvm.guiOptions(work), classPath);
        List<Start> apps = new ArrayList<>(List.of(
                new Start("./mvnw javafx:run (its JVM options, the jar)", java, ChildJvm.appOptions(work), classPath),
                new Start("java -jar (default JVM)", java, ChildJvm.guiOptions(work), classPath)));
        Optional<InstalledPackage> installed = InstalledPackage.find();
        installed.ifPresent(app -> apps.add(new Start("installed package " + app.home() + " (its runtime, options and"
                + " AOT cache)", app.java(), with(ChildJvm.guiOptions(work), app.javaOptions()),
                app.jar() + File.pathSeparator + probe)));

        List<Double> emptyTimes = new ArrayList<>();
        List<List<Double>> appTimes = apps.stream().map(a -> (List<Double>) new ArrayList<Double>()).toList();
        for (int i = 0; i < runs; i++) {
            emptyTimes.add(start(empty, "empty"));
            for (int k = 0; k < apps.size(); k++) {
                appTimes.get(k).add(start(apps.get(k), "app"));
            }
        }
        double emptyMedian = PerformanceReport.median(emptyTimes);
        List<PerformanceReport.Row> rows = new ArrayList<>();
        for (int k = 0; k < apps.size(); k++) {
            double appMedian = PerformanceReport.median(appTimes.get(k));
            double ratio = appMedian / emptyMedian;
            String measure = "first frame ÷ empty window (default JVM), " + apps.get(k).label() + " (median of " + runs
                    + ")";
            String result = String.format(Locale.ROOT, "%.2f (%s / %s)", ratio, PerformanceReport.ms(appMedian),
                    PerformanceReport.ms(emptyMedian));
            boolean goal = installed.isPresent() && k == apps.size() - 1;
            rows.add(goal ? PerformanceReport.Row.of("startup", measure, result, GOAL, ratio <= 1.5)
                    : PerformanceReport.Row.report("startup", measure, result, "report"));
        }
        if (installed.isEmpty()) {
            rows.add(new PerformanceReport.Row("startup", "first frame, installed package", "not run: no package in "
                    + InstalledPackage.PLACES + "; README, Install", GOAL, "MISS"));
        }
        rows.addAll(installed.map(InstalledPackage::sizeRows).orElse(List.of()));
        return rows;
    }

    private static List<String> with(List<String> options, List<String> more) {
        List<String> all = new ArrayList<>(options);
        all.addAll(more);
        return all;
    }

    private double start(Start how, String which) {
        ChildJvm child = ChildJvm.run(environment, how.java(), how.classPath(), how.options(),
                StartupProbe.class.getName(), List.of(which), 120);
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
