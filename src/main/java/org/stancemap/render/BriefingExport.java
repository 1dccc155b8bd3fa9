package org.stancemap.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.stancemap.files.AtomicFile;
import org.stancemap.model.Project;

/**
 * One export, the same from the window and from {@code stancemap render}: lays the briefing out once and hands it
 * to the format's writer.
 *
 * @param size  the canvas the briefing is laid out on
 * @param scale how many image pixels per canvas pixel in a PNG or SVG (1–4); a PDF is vector and ignores it
 */
public record BriefingExport(ExportFormat format, CanvasSize size, int scale, BriefingOptions options) {

    public static final int MAX_SCALE = 4;

    public BriefingExport {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 1 to " + MAX_SCALE + ", was " + scale);
        }
    }

    public Briefing layout(Project project) {
        return BriefingLayout.layout(project, options, size, BriefingFonts.get());
    }

    public void write(Project project, OutputStream out) throws IOException {
        switch (format) {
            case PNG -> PngWriter.write(layout(project), scale, out);
            case PDF -> PdfWriter.write(layout(project), out);
            case PPTX -> PptxWriter.write(layout(project), SlideNotes.of(project, options), out);
            case SVG -> text(out, w -> w.write(SvgWriter.svg(layout(project), scale)));
            case CSV -> text(out, w -> CsvWriter.write(project, options, w));
            case ANNEX -> AnnexWriter.write(QuoteAnnex.layout(project, options, layout(project), BriefingFonts.get()), out);
        }
    }

    /**
     * Writes the export to a file through an {@link AtomicFile}: a failure or a crash never leaves half a file where
     * a good one was, nor a temporary that the next export of the file does not remove. A new file gets the usual
     * permissions for new files, a replaced one keeps its own.
     */
    public void writeTo(Project project, Path file) throws IOException {
        AtomicFile.of(file).write(out -> write(project, out));
    }

    private interface TextBody {
        void write(Writer writer) throws IOException;
    }

    private static void text(OutputStream out, TextBody body) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        body.write(writer);
        writer.flush();
    }
}
