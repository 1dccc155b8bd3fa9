package org.stancemap.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stancemap.model.Project;
import org.stancemap.render.BriefingExport;
import org.stancemap.render.BriefingOptions;
import org.stancemap.render.CanvasSize;
import org.stancemap.render.ExportFormat;
import org.stancemap.render.FeaturedQuote;
import org.stancemap.render.SlideParts;
import org.stancemap.store.BundledMap;

/**
 * The exports of the bundled map: the four plain ones, and a 16:9 slide with every slide part as PNG, PDF and PPTX. The goal is judged on an export from the running app: the writer alone, in
 * this JVM, after warm-up. The {@code stancemap render} command from the packaged jar in a fresh JVM is shown
 * beside it; most of its time is JVM start and class loading.
 */
final class ExportMeasure {

    private static final Path APP_JAR = Path.of("target", "stancemap.jar");
    private static final Path BUNDLED = Path.of("seeds", "china-russia-alliance.stancemap.json");

    private static final List<String> FEATURED = List.of("leon-aron", "michael-kofman", "sergei-karaganov");
    private static final String TAKEAWAY = "Most experts see a partnership with limits.";
    /** The render command's options for the same slide parts as the in-app exports with every part. */
    private static final List<String> EVERY_PART = List.of("--preset", "slide-16x9", "--counts", "--definitions",
            "--takeaway", TAKEAWAY, "--feature", FEATURED.get(0), "--feature", FEATURED.get(1), "--feature",
            FEATURED.get(2), "--quote-slide");

    /** One goal row: what it is called, the export, and the render command's options for it. */
    private record Export(String name, BriefingExport export, String file, List<String> options) {
    }

    private final Path work;
    private final int runs;
    private final boolean quick;

    ExportMeasure(Path work, boolean quick) {
        this.work = work;
        this.runs = 3;
        this.quick = quick;
    }

    List<PerformanceReport.Row> rows() throws IOException {
        BriefingOptions defaults = BriefingOptions.defaults();
        BriefingOptions everyPart = defaults.withParts(new SlideParts(true, true,
                FEATURED.stream().map(id -> new FeaturedQuote(id, 0)).toList(), Optional.of(TAKEAWAY), true));
        List<Export> exports = List.of(
                new Export("PNG at 3x", new BriefingExport(ExportFormat.PNG, CanvasSize.MAP, 3, defaults),
                        "map.png", List.of("--scale", "3")),
                new Export("PNG 16:9 slide", new BriefingExport(ExportFormat.PNG, CanvasSize.SLIDE_16X9, 1,
                        defaults), "slide.png", List.of("--preset", "slide-16x9")),
                new Export("SVG", new BriefingExport(ExportFormat.SVG, CanvasSize.MAP, 1, defaults), "map.svg",
                        List.of()),
                new Export("PDF", new BriefingExport(ExportFormat.PDF, CanvasSize.MAP, 1, defaults), "map.pdf",
                        List.of()),
                new Export("PDF quote annex", new BriefingExport(ExportFormat.ANNEX, CanvasSize.MAP, 1, defaults),
                        "annex.pdf", List.of("--annex")),
                new Export("PNG 16:9 slide, every part", new BriefingExport(ExportFormat.PNG, CanvasSize.SLIDE_16X9, 1,
                        everyPart), "full.png", EVERY_PART),
                new Export("PDF 16:9 slide, every part", new BriefingExport(ExportFormat.PDF, CanvasSize.SLIDE_16X9, 1,
                        everyPart), "full.pdf", EVERY_PART),
                new Export("PPTX 16:9, every part and the quote slide", new BriefingExport(ExportFormat.PPTX,
                        CanvasSize.SLIDE_16X9, 1, everyPart), "full.pptx", EVERY_PART));
        Project project = BundledMap.load();
        List<PerformanceReport.Row> rows = new ArrayList<>();
        for (Export export : exports) {
            double warm = warm(export.export(), project);
            if (!quick && Files.isRegularFile(APP_JAR)) {
                double cold = cold(export);
                rows.add(PerformanceReport.Row.of("export", export.name() + ", in the app (render command, fresh JVM)",
                        PerformanceReport.ms(warm) + " (" + PerformanceReport.ms(cold) + ")", "≤ 1 s", warm <= 1000));
            } else {
                rows.add(PerformanceReport.Row.of("export", export.name() + ", in the app",
                        PerformanceReport.ms(warm), "≤ 1 s", warm <= 1000));
            }
        }
        return rows;
    }

    private static double warm(BriefingExport export, Project project) throws IOException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long start = System.nanoTime();
            export.write(project, OutputStream.nullOutputStream());
            times.add((System.nanoTime() - start) / 1e6);
        }
        return PerformanceReport.median(times.subList(3, times.size()));
    }

    private double cold(Export export) {
        List<String> arguments = new ArrayList<>(List.of("render", BUNDLED.toString(), "--out",
                work.resolve(export.file()).toString()));
        arguments.addAll(export.options());
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ChildJvm child = ChildJvm.run(Map.of(), APP_JAR.toString(), List.of(), "org.stancemap.Main", arguments,
                    120);
            times.add((double) child.finishedAtMillis() - child.launchedAtMillis());
        }
        return PerformanceReport.median(times);
    }
}
