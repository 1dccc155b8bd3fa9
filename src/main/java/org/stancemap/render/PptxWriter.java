package org.stancemap.render;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGeomGuide;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPresetGeometry2D;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderType;

/**
 * Writes a briefing as a PowerPoint deck a briefer can keep editing: every band, chip, line and label is a native
 * shape or text box where the layout put it, the title and the takeaway are the slide's title and body placeholders,
 * the speaker notes hold the source line and how voices were placed, and an optional second slide gives the featured
 * quotes in full. POI's drawing API speaks in AWT geometry and colours, which is all this class takes from AWT.
 */
final class PptxWriter {

    /** Every canvas becomes a slide 7.5 inches tall, PowerPoint's standard height for both 16:9 and 4:3. */
    private static final double SLIDE_HEIGHT_PT = 540;
    /** The bundled font; LibreOffice and PowerPoint fall back to a sans serif where it is not installed. */
    private static final String FONT = "DejaVu Sans";
    /** The bundled font's ascent, in ems: a text box's top sits this far above the layout's baseline. */
    private static final double ASCENT = 0.93;
    /** Room a text box keeps beyond the measured text, in ems, so a renderer with other metrics does not wrap it. */
    private static final double SLACK = 0.5;
    private static final double MAX_ROUNDING = 50_000;

    private final double scale;
    private final TextMeasure measure = BriefingFonts.get();

    private PptxWriter(Briefing briefing) {
        this.scale = SLIDE_HEIGHT_PT / briefing.size().height();
    }

    static void write(Briefing briefing, SlideNotes notes, OutputStream out) throws IOException {
        new PptxWriter(briefing).deck(briefing, notes, out);
    }

    private void deck(Briefing briefing, SlideNotes notes, OutputStream out) throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            deck.setPageSize(new Dimension((int) Math.round(briefing.size().width() * scale),
                    (int) Math.round(SLIDE_HEIGHT_PT)));
            XSLFSlideLayout layout = deck.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_AND_CONTENT);
            XSLFSlide slide = deck.createSlide(layout);
            placeholders(slide, briefing);
            for (Drawable drawable : briefing.drawables()) {
                if (drawable instanceof Drawable.Box box && isBackground(box, briefing.size())) {
                    continue; // the slide's own background is white, and a shape would hide the placeholders
                } else if (drawable instanceof Drawable.Box box) {
                    box(slide, box);
                } else if (drawable instanceof Drawable.Line line) {
                    line(slide, line);
                } else if (drawable instanceof Drawable.Text text && !inPlaceholder(text)) {
                    text(slide, text);
                }
            }
            setNotes(deck, slide, notes.speakerNotes());
            if (!notes.quotes().isEmpty()) {
                quoteSlide(deck.createSlide(layout), briefing, notes.quotes());
            }
            deck.write(out);
        }
    }

    /** The layout's content placeholder, which takes text, tables or pictures. */
    private static boolean isContent(XSLFTextShape placeholder) {
        return placeholder.getPlaceholder() == Placeholder.BODY || placeholder.getPlaceholder() == Placeholder.CONTENT;
    }

    /** Makes the content placeholder a body text placeholder, which is what a takeaway or quotes are. */
    private static void asBody(XSLFTextShape placeholder) {
        ((CTShape) placeholder.getXmlObject()).getNvSpPr().getNvPr().getPh().setType(STPlaceholderType.BODY);
    }

    private static boolean isBackground(Drawable.Box box, CanvasSize size) {
        return box.x() == 0 && box.y() == 0 && box.width() == size.width() && box.height() == size.height()
                && box.fill().equals(SlideColours.WHITE);
    }

    private static boolean inPlaceholder(Drawable.Text text) {
        return text.role().equals("title") || text.role().equals("takeaway");
    }

    /** Fills the title placeholder, and the body placeholder with the takeaway or removes it when there is none. */
    private void placeholders(XSLFSlide slide, Briefing briefing) {
        List<Drawable.Text> title = texts(briefing, "title");
        List<Drawable.Text> takeaway = texts(briefing, "takeaway");
        for (XSLFShape shape : List.copyOf(slide.getShapes())) {
            if (!(shape instanceof XSLFTextShape placeholder) || placeholder.getPlaceholder() == null) {
                continue;
            }
            if (placeholder.getPlaceholder() == Placeholder.TITLE && !title.isEmpty()) {
                fill(placeholder, briefing.title(), title);
            } else if (isContent(placeholder) && !takeaway.isEmpty()) {
                asBody(placeholder);
                fill(placeholder, briefing.takeaway().orElseThrow(), takeaway);
            } else {
                slide.removeShape(shape);
            }
        }
    }

    /** Puts the text in the placeholder where and as large as the layout drew its lines. */
    private void fill(XSLFTextShape placeholder, String text, List<Drawable.Text> lines) {
        Drawable.Text first = lines.get(0);
        Drawable.Text last = lines.get(lines.size() - 1);
        double width = widest(lines);
        double top = first.baseline() - ASCENT * first.size();
        double bottom = last.baseline() + (1 - ASCENT) * last.size() + 0.2 * last.size();
        placeholder.clearText();
        placeholder.setAnchor(rect(first.x(), top, width, bottom - top));
        placeholder.setInsets(new Insets2D(0, 0, 0, 0));
        placeholder.setWordWrap(true);
        placeholder.setVerticalAlignment(VerticalAlignment.TOP);
        XSLFTextParagraph paragraph = placeholder.addNewTextParagraph();
        // The default master centres titles; the layout starts every text at the left margin.
        paragraph.setTextAlign(TextParagraph.TextAlign.LEFT);
        paragraph.setBullet(false);
        paragraph.setIndent(0.0);
        paragraph.setLeftMargin(0.0);
        paragraph.setSpaceBefore(0.0);
        style(paragraph.addNewTextRun(), text, first.size(), first.bold(), first.colour());
    }

    private double widest(List<Drawable.Text> lines) {
        double widest = 0;
        for (Drawable.Text line : lines) {
            widest = Math.max(widest, measure.width(line.text(), line.size(), line.bold()) + SLACK * line.size());
        }
        return widest;
    }

    private void box(XSLFSlide slide, Drawable.Box box) {
        XSLFAutoShape shape = slide.createAutoShape();
        shape.setShapeType(box.radius() > 0 ? ShapeType.ROUND_RECT : ShapeType.RECT);
        shape.setAnchor(rect(box.x(), box.y(), box.width(), box.height()));
        shape.setFillColor(colour(box.fill()));
        shape.setLineColor(box.stroke().map(PptxWriter::colour).orElse(null));
        if (box.stroke().isPresent()) {
            shape.setLineWidth(box.strokeWidth() * scale);
        }
        if (box.radius() > 0) {
            double shorter = Math.min(box.width(), box.height());
            rounding(shape, Math.min(MAX_ROUNDING, Math.round(box.radius() / shorter * 100_000)));
        }
    }

    /** The corner radius of a rounded rectangle, as the share of its shorter side OOXML keeps it in. */
    private static void rounding(XSLFAutoShape shape, double adjust) {
        CTPresetGeometry2D geometry = ((CTShape) shape.getXmlObject()).getSpPr().getPrstGeom();
        CTGeomGuide guide = (geometry.isSetAvLst() ? geometry.getAvLst() : geometry.addNewAvLst()).addNewGd();
        guide.setName("adj");
        guide.setFmla("val " + (long) adjust);
    }

    private void line(XSLFSlide slide, Drawable.Line line) {
        XSLFConnectorShape shape = slide.createConnector();
        shape.setAnchor(rect(Math.min(line.x1(), line.x2()), Math.min(line.y1(), line.y2()),
                Math.abs(line.x2() - line.x1()), Math.abs(line.y2() - line.y1())));
        // A connector runs from its box's top-left corner to its bottom-right one unless flipped.
        shape.setFlipHorizontal((line.x2() < line.x1()) != (line.y2() < line.y1()));
        shape.setLineColor(colour(line.colour()));
        shape.setLineWidth(line.width() * scale);
    }

    private void text(XSLFSlide slide, Drawable.Text text) {
        XSLFTextBox box = slide.createTextBox();
        double width = measure.width(text.text(), text.size(), text.bold()) + SLACK * text.size();
        box.setAnchor(rect(text.x(), text.baseline() - ASCENT * text.size(), width, 1.2 * text.size()));
        box.setInsets(new Insets2D(0, 0, 0, 0));
        box.setWordWrap(false);
        style(box.setText(text.text()), text.text(), text.size(), text.bold(), text.colour());
    }

    private void style(XSLFTextRun run, String text, double size, boolean bold, Rgb colour) {
        run.setText(text);
        run.setFontSize(size * scale);
        run.setBold(bold);
        run.setFontFamily(FONT);
        run.setFontColor(colour(colour));
    }

    private static void setNotes(XMLSlideShow deck, XSLFSlide slide, List<String> paragraphs) {
        XSLFNotes notes = deck.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.clearText();
                paragraphs.forEach(p -> shape.addNewTextParagraph().addNewTextRun().setText(p));
            }
        }
    }

    /** The second slide: each featured quote in full, with who said it and where it was published. */
    private void quoteSlide(XSLFSlide slide, Briefing briefing, List<SlideNotes.FullQuote> quotes) {
        BriefingMetrics m = BriefingMetrics.of(briefing.size());
        double titleHeight = m.titleSize() * BriefingMetrics.LINE_HEIGHT;
        double bodyTop = m.titleTop() + titleHeight + m.headerGap();
        for (XSLFTextShape shape : slide.getPlaceholders()) {
            shape.clearText();
            shape.setInsets(new Insets2D(0, 0, 0, 0));
            shape.setVerticalAlignment(VerticalAlignment.TOP);
            if (shape.getPlaceholder() == Placeholder.TITLE) {
                shape.setAnchor(rect(m.margin(), m.titleTop(), m.contentWidth(), titleHeight));
                XSLFTextParagraph title = shape.addNewTextParagraph();
                title.setTextAlign(TextParagraph.TextAlign.LEFT);
                style(title.addNewTextRun(), "In their words", m.titleSize(), true,
                        SlideColours.INK);
            } else if (isContent(shape)) {
                asBody(shape);
                shape.setAnchor(rect(m.margin(), bodyTop, m.contentWidth(), m.footerBottom() - bodyTop));
                for (SlideNotes.FullQuote quote : quotes) {
                    XSLFTextParagraph text = shape.addNewTextParagraph();
                    text.setBullet(false);
                    text.setIndent(0.0);
                    text.setLeftMargin(0.0);
                    text.setSpaceBefore(m.quoteGap() * scale);
                    style(text.addNewTextRun(), "“" + quote.text() + "”", m.subtitleSize(), false, SlideColours.INK);
                    XSLFTextParagraph cite = shape.addNewTextParagraph();
                    cite.setBullet(false);
                    cite.setIndent(0.0);
                    cite.setLeftMargin(0.0);
                    String who = quote.role().isEmpty() ? quote.name() : quote.name() + ", " + quote.role();
                    style(cite.addNewTextRun(), "— " + who + " · " + quote.citation(), m.sourceSize(), false,
                            SlideColours.MUTED);
                }
                shape.setTextAutofit(XSLFTextShape.TextAutofit.NORMAL);
            }
        }
    }

    private static List<Drawable.Text> texts(Briefing briefing, String role) {
        return briefing.drawables().stream().filter(d -> d instanceof Drawable.Text t && t.role().equals(role))
                .map(d -> (Drawable.Text) d).toList();
    }

    private Rectangle2D rect(double x, double y, double width, double height) {
        return new Rectangle2D.Double(x * scale, y * scale, width * scale, height * scale);
    }

    private static Color colour(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }
}
