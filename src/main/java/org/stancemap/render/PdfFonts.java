package org.stancemap.render;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The briefing fonts embedded (subset) in one PDF document: DejaVu Sans regular and bold, and the system's CJK
 * fallback only once a text needs it, so a Latin-only PDF carries none of it. Close after the document is saved.
 */
final class PdfFonts implements Closeable {

    private final PDDocument document;
    private final BriefingFonts fonts = BriefingFonts.get();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private FallbackFont.Opened opened;
    private PDType0Font fallback;

    PdfFonts(PDDocument document) throws IOException {
        this.document = document;
        try (InputStream r = fonts.open(false); InputStream b = fonts.open(true)) {
            regular = PDType0Font.load(document, r, true);
            bold = PDType0Font.load(document, b, true);
        }
    }

    /** Shows the text from the current text position, run by run, each in the font that has its glyphs. */
    void show(PDPageContentStream content, String text, float size, boolean boldFace) throws IOException {
        for (BriefingFonts.Run run : fonts.runs(text, boldFace)) {
            content.setFont(run.fallback() ? fallback() : boldFace ? bold : regular, size);
            content.showText(run.text());
        }
    }

    private PDType0Font fallback() throws IOException {
        if (fallback == null) {
            Optional<FallbackFont> font = fonts.fallback();
            // runs() names the fallback only when it exists, so this cannot be empty here.
            opened = font.orElseThrow().open();
            fallback = PDType0Font.load(document, opened.font(), true);
        }
        return fallback;
    }

    @Override
    public void close() throws IOException {
        if (opened != null) {
            opened.close();
        }
    }
}
