package org.stancemap.render;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/** Writes a {@link QuoteAnnex} as a multi-page PDF, the map on its first page drawn as vectors by {@link PdfWriter}. */
public final class AnnexWriter {

    private AnnexWriter() {
    }

    public static void write(QuoteAnnex annex, OutputStream out) throws IOException {
        float height = (float) QuoteAnnex.PAGE_HEIGHT;
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(annex.title() + " — quote annex");
            info.setCreator("StanceMap");
            for (QuoteAnnex.Page annexPage : annex.pages()) {
                PDPage page = new PDPage(new PDRectangle((float) QuoteAnnex.PAGE_WIDTH, height));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    // The map first: its text then reads before the experts' when the PDF is read as text.
                    if (annexPage.map().isPresent()) {
                        QuoteAnnex.MapPlacement map = annexPage.map().get();
                        float mapHeight = map.briefing().size().height();
                        content.saveGraphicsState();
                        // The briefing draws in its own canvas units, y up from its bottom: scale it into its frame.
                        content.transform(new Matrix((float) map.scale(), 0, 0, (float) map.scale(), (float) map.x(),
                                (float) (height - map.y() - mapHeight * map.scale())));
                        PdfWriter.draw(content, map.briefing().drawables(), mapHeight, fonts);
                        content.restoreGraphicsState();
                    }
                    PdfWriter.draw(content, annexPage.drawables(), height, fonts);
                }
            }
            document.save(out);
        }
    }
}
