package org.stancemap.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

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

    /** Longer than any render takes, so a temporary this old was left by a render that died. */
    private static final Duration STALE_AFTER = Duration.ofHours(1);

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

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
        }
    }

    /**
     * Writes the export to a file: into a sibling first, then moved over the target, so that a failure never leaves
     * half a file where a good one was. The file gets the usual permissions for new files.
     */
    public void writeTo(Project project, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        removeStaleTemporaries(target);
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                write(project, out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes this target's temporaries left by a render that was killed before its clean-up ran. Only old ones: a
     * fresh one may belong to a render of the same file still running, whose temporary must not vanish under it.
     */
    private static void removeStaleTemporaries(Path target) {
        Path folder = target.getParent();
        String prefix = "." + target.getFileName() + ".";
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        DirectoryStream.Filter<Path> ours = p -> {
            String name = p.getFileName().toString();
            return name.length() > prefix.length() + ".tmp".length() && name.startsWith(prefix) && name.endsWith(".tmp")
                    && UUID_TEXT.matcher(name.substring(prefix.length(), name.length() - ".tmp".length())).matches();
        };
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(folder, ours)) {
            for (Path sibling : siblings) {
                if (Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(sibling).toInstant().isBefore(staleBefore)) {
                    Files.deleteIfExists(sibling);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // Tidying is a courtesy: an unreadable folder shows up, with its reason, when the export itself is written.
        }
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
