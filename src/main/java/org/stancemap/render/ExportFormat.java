package org.stancemap.render;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a map exports to, told apart by file extension (the annex excepted: see {@link #ANNEX}). */
public enum ExportFormat {
    PNG("png", "PNG image"),
    SVG("svg", "SVG vector image"),
    PDF("pdf", "PDF document"),
    PPTX("pptx", "PowerPoint slides (shapes you can edit)"),
    CSV("csv", "CSV table (one row per quote)"),
    /** A PDF too, so a file name never picks it: {@code render --annex} or the export dialog's choice does. */
    ANNEX("pdf", "PDF quote annex (the map, then every quote by band)");

    private final String extension;
    private final String description;

    ExportFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /** The format a file name's extension names, if any; a .pdf is the one-page PDF, never the annex. */
    public static Optional<ExportFormat> ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (name.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
