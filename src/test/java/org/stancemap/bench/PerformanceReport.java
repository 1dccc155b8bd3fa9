package org.stancemap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Every performance goal of the app measured in one run, printed as one Markdown table with the machine it
 * ran on. {@code --quick} trades precision for a run of about a minute (3 starts each instead of 7, one JMH
 * iteration, the 2,000-voice drag only, 15 open/close cycles, no render command);
 * {@code --only=startup,jmh,drag,export,memory} picks parts. Run it (README, "Performance") with
 * {@code ./mvnw -B -q -DskipTests package && ./mvnw -q test-compile exec:exec
 * -Dexec.args="-cp %classpath org.stancemap.bench.PerformanceReport --quick"}; the start-up rows need the
 * packaged jar (and the installed package, or its app image, for the package's rows), and the window rows an X
 * display (an Xvfb server is started when {@code DISPLAY} is unset).
 */
public final class PerformanceReport {

    /** One line of the table. */
    record Row(String area, String measure, String result, String goal, String verdict) {
        static Row of(String area, String measure, String result, String goal, boolean met) {
            return new Row(area, measure, result, goal, met ? "PASS" : "MISS");
        }

        static Row report(String area, String measure, String result, String goal) {
            return new Row(area, measure, result, goal, "report");
        }
    }

    private PerformanceReport() {
    }

    public static void main(String[] args) throws IOException {
        boolean quick = Arrays.asList(args).contains("--quick");
        System.setProperty("java.awt.headless", "true"); // as the render command runs the writers
        Path work = Path.of("target", "bench");
        Files.createDirectories(work);
        String loadBefore = loadAverage();
        long started = System.nanoTime();
        List<Row> rows = new ArrayList<>();
        String display;
        try (VirtualDisplay screen = VirtualDisplay.open()) {
            display = screen.describe();
            if (wanted(args, "startup")) {
                rows.addAll(measured("startup", () -> new StartupMeasure(work, screen.environment(), quick).rows()));
            }
            if (wanted(args, "jmh")) {
                rows.addAll(measured("jmh", () -> new JmhMeasure(quick).rows()));
            }
            if (wanted(args, "drag")) {
                rows.addAll(measured("drag", () -> new DragMeasure(work, screen.environment(), quick).rows()));
            }
            if (wanted(args, "export")) {
                rows.addAll(measured("export", () -> new ExportMeasure(work, quick).rows()));
            }
            if (wanted(args, "memory")) {
                rows.addAll(measured("memory", () -> new MemoryMeasure(work, screen.environment(), quick).rows()));
            }
        }
        printTable(rows);
        System.out.printf("%nMachine: %s, %d cores (nproc), %s; Java %s (%s); %s, software rendering (prism.order=sw)."
                        + "%nLoad average before / after: %s / %s. %s run took %.0f s.%n",
                cpuModel(), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " "
                        + System.getProperty("os.version"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), display, loadBefore, loadAverage(), quick ? "Quick" : "Full",
                (System.nanoTime() - started) / 1e9);
    }

    /** A part that fails becomes a row saying why, so the other parts still report. */
    private static List<Row> measured(String part, Callable<List<Row>> measure) {
        try {
            return measure.call();
        } catch (Exception e) {
            e.printStackTrace();
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString());
            return List.of(new Row(part, "failed", why.replace('|', '/'), "", "MISS"));
        }
    }

    /** {@code --only=drag,memory} runs just those parts; without it, all run. */
    private static boolean wanted(String[] args, String part) {
        return Arrays.stream(args).filter(a -> a.startsWith("--only=")).findFirst()
                .map(a -> Arrays.asList(a.substring("--only=".length()).split(",")).contains(part)).orElse(true);
    }

    private static void printTable(List<Row> rows) {
        System.out.println("| Area | Measure | Result | Goal | |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(r -> System.out.printf("| %s | %s | %s | %s | %s |%n", r.area(), r.measure(), r.result(),
                r.goal(), r.verdict()));
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.join(" ", parts[0], parts[1], parts[2]);
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> values, double percent) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.0f ms", millis);
    }
}
