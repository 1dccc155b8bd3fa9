package org.stancemap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * Paints a briefing with Java2D in the bundled font, at a whole-number scale of its canvas (2 for a sharp 2x image).
 * The only class that touches AWT, so the rest of the app never needs a display or AWT's headless mode.
 */
public final class PngWriter {

    private static final Font REGULAR = load(false);
    private static final Font BOLD = load(true);
    private static final Optional<Font> FALLBACK = BriefingFonts.get().fallback().flatMap(PngWriter::load);

    private PngWriter() {
    }

    /** Writes the briefing as a PNG of (canvas × scale) pixels. */
    public static void write(Briefing briefing, int scale, OutputStream out) throws IOException {
        if (!ImageIO.write(paint(briefing, scale), "png", out)) {
            throw new IOException("this Java has no PNG encoder");
        }
    }

    /** The briefing's pixels at this scale (may be fractional, for a small preview). */
    public static RasterImage raster(Briefing briefing, double scale) {
        BufferedImage image = paint(briefing, scale);
        int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new RasterImage(image.getWidth(), image.getHeight(), argb);
    }

    private static BufferedImage paint(Briefing briefing, double scale) {
        if (!(scale > 0 && scale <= 8)) {
            throw new IllegalArgumentException("scale must be above 0 and at most 8, was " + scale);
        }
        int width = (int) Math.round(briefing.size().width() * scale);
        int height = (int) Math.round(briefing.size().height() * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            // Fractional metrics make Java2D advance glyphs by the font's own widths, the ones the layout measured.
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            for (Drawable drawable : briefing.drawables()) {
                draw(g, drawable);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void draw(Graphics2D g, Drawable drawable) {
        if (drawable instanceof Drawable.Box box) {
            RoundRectangle2D shape = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(),
                    2 * box.radius(), 2 * box.radius());
            g.setColor(colour(box.fill()));
            g.fill(shape);
            box.stroke().ifPresent(stroke -> {
                g.setColor(colour(stroke));
                g.setStroke(new BasicStroke((float) box.strokeWidth()));
                g.draw(shape);
            });
        } else if (drawable instanceof Drawable.Line line) {
            g.setColor(colour(line.colour()));
            g.setStroke(new BasicStroke((float) line.width()));
            g.draw(new Line2D.Double(line.x1(), line.y1(), line.x2(), line.y2()));
        } else if (drawable instanceof Drawable.Text text) {
            g.setColor(colour(text.colour()));
            double x = text.x();
            for (BriefingFonts.Run run : BriefingFonts.get().runs(text.text(), text.bold())) {
                Font font = run.fallback() && FALLBACK.isPresent() ? FALLBACK.get() : text.bold() ? BOLD : REGULAR;
                g.setFont(font.deriveFont((float) text.size()));
                g.drawString(run.text(), (float) x, (float) text.baseline());
                // Advance by the width the layout measured, so runs sit exactly where the PDF puts them.
                x += BriefingFonts.get().width(run.text(), text.size(), text.bold());
            }
        }
    }

    private static Color colour(Rgb rgb) {
        return new Color(rgb.value());
    }

    /** The collection's font the metrics were read from, or the file's only font. */
    private static Optional<Font> load(FallbackFont fallback) {
        try {
            Font[] fonts = Font.createFonts(fallback.file().toFile());
            for (Font font : fonts) {
                if (font.getPSName().equals(fallback.postScript())) {
                    return Optional.of(font);
                }
            }
            return fonts.length > 0 ? Optional.of(fonts[0]) : Optional.empty();
        } catch (IOException | FontFormatException e) {
            return Optional.empty(); // as if no fallback were installed: the characters were already shown as runs
        }
    }

    private static Font load(boolean bold) {
        try (InputStream in = BriefingFonts.get().open(bold)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled briefing font is unreadable", e);
        }
    }
}
