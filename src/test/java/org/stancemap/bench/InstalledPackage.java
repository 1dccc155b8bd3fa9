package org.stancemap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Linux package of README "Install": installed in {@code /opt/stancemap}, or else the app image the package is
 * made from ({@code target/package/image/StanceMap}, the same files). Its launcher's JVM options come from the
 * launcher's own configuration, so the probe starts the app exactly as the launcher does.
 */
record InstalledPackage(Path home, List<String> javaOptions) {

    static final List<Path> PLACES = List.of(Path.of("/opt/stancemap"), Path.of("target/package/image/StanceMap"));
    private static final Path BUILT = Path.of("target", "package");
    private static final double MB = 1024 * 1024;

    static Optional<InstalledPackage> find() {
        return PLACES.stream().filter(home -> Files.isRegularFile(home.resolve("lib/app/StanceMap.cfg"))).findFirst()
                .map(home -> new InstalledPackage(home, javaOptions(home.resolve("lib/app"))));
    }

    Path java() {
        return home.resolve("lib/runtime/bin/java");
    }

    Path jar() {
        return home.resolve("lib/app/stancemap.jar");
    }

    /** The .deb's size against the goal, when one was built here, and the size of the installed files. */
    List<PerformanceReport.Row> sizeRows() {
        List<PerformanceReport.Row> rows = new ArrayList<>();
        try (Stream<Path> built = Files.isDirectory(BUILT) ? Files.list(BUILT) : Stream.empty()) {
            Optional<Path> deb = built.filter(f -> f.getFileName().toString().endsWith(".deb")).findFirst();
            if (deb.isPresent()) {
                double size = Files.size(deb.get()) / MB;
                rows.add(PerformanceReport.Row.of("package", ".deb size (" + deb.get().getFileName() + ")",
                        String.format(Locale.ROOT, "%.1f MB", size), "≤ 60 MB", size <= 60));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> files = Files.walk(home)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            rows.add(PerformanceReport.Row.report("package", "installed size (" + home + ")",
                    String.format(Locale.ROOT, "%.0f MB", bytes / MB), "report"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The {@code java-options} of jpackage's launcher configuration, with {@code $APPDIR} filled in. */
    private static List<String> javaOptions(Path appDir) {
        try {
            return Files.readAllLines(appDir.resolve("StanceMap.cfg"), StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("java-options="))
                    .map(line -> line.substring("java-options=".length()).replace("$APPDIR", appDir.toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
