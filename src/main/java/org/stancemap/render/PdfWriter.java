package org.stancemap.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;

/**
 * Writes a briefing as a one-page vector PDF, one point per canvas pixel, with its fonts embedded (subset) so the
 * text is selectable and looks the same in every reader.
 */
public final class PdfWriter {

    /** How far along a quarter circle's tangent its Bézier control points sit. */
    private static final double KAPPA = 0.5523;

    private PdfWriter() {
    }

    public static void write(Briefing briefing, OutputStream out) throws IOException {
        float height = briefing.size().height();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(briefing.size().width(), height));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(briefing.title());
            info.setCreator("StanceMap");
            try (PdfFonts fonts = new PdfFonts(document)) {
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    draw(content, briefing.drawables(), height, fonts);
                }
                document.save(out);
            }
        }
    }

    /** Paints drawables laid out on a canvas of this height (y down) into PDF space (y up). */
    static void draw(PDPageContentStream content, List<Drawable> drawables, float height, PdfFonts fonts)
            throws IOException {
        for (Drawable drawable : drawables) {
            if (drawable instanceof Drawable.Box box) {
                roundedRect(content, box, height);
                content.setNonStrokingColor(colour(box.fill()));
                if (box.stroke().isPresent()) {
                    content.setStrokingColor(colour(box.stroke().get()));
                    content.setLineWidth((float) box.strokeWidth());
                    content.fillAndStroke();
                } else {
                    content.fill();
                }
            } else if (drawable instanceof Drawable.Line line) {
                content.setStrokingColor(colour(line.colour()));
                content.setLineWidth((float) line.width());
                content.moveTo((float) line.x1(), (float) (height - line.y1()));
                content.lineTo((float) line.x2(), (float) (height - line.y2()));
                content.stroke();
            } else if (drawable instanceof Drawable.Text text) {
                content.beginText();
                content.setNonStrokingColor(colour(text.colour()));
                content.newLineAtOffset((float) text.x(), (float) (height - text.baseline()));
                fonts.show(content, text.text(), (float) text.size(), text.bold());
                content.endText();
            }
        }
    }

    private static void roundedRect(PDPageContentStream content, Drawable.Box box, float pageHeight) throws IOException {
        float x = (float) box.x();
        float y = (float) (pageHeight - box.y() - box.height());
        float w = (float) box.width();
        float h = (float) box.height();
        float r = (float) Math.min(box.radius(), Math.min(w, h) / 2);
        if (r <= 0) {
            content.addRect(x, y, w, h);
            return;
        }
        float k = (float) (r * KAPPA);
        content.moveTo(x + r, y);
        content.lineTo(x + w - r, y);
        content.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        content.lineTo(x + w, y + h - r);
        content.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        content.lineTo(x + r, y + h);
        content.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        content.lineTo(x, y + r);
        content.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        content.closePath();
    }

    private static PDColor colour(Rgb rgb) {
        return new PDColor(new float[] {rgb.red() / 255f, rgb.green() / 255f, rgb.blue() / 255f}, PDDeviceRGB.INSTANCE);
    }
}
