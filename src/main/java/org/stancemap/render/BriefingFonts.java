package org.stancemap.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The font every briefing is laid out and drawn in: DejaVu Sans and DejaVu Sans Bold, shipped in the jar
 * (Bitstream Vera licence, see fonts/DejaVu-LICENSE.txt) so that a briefing looks the same on every machine, and
 * measured from the font's own advance widths, without kerning, exactly as the writers draw it.
 */
public final class BriefingFonts implements TextMeasure {

    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";
    private static final BriefingFonts INSTANCE = new BriefingFonts();

    private final byte[] regularBytes = read(REGULAR);
    private final byte[] boldBytes = read(BOLD);
    private final Metrics regular = new Metrics(regularBytes);
    private final Metrics bold = new Metrics(boldBytes);

    private BriefingFonts() {
    }

    /** The fonts, read once. */
    public static BriefingFonts get() {
        return INSTANCE;
    }

    /** The TrueType file of the regular or bold face, for a writer that embeds or loads it. */
    public InputStream open(boolean boldFace) {
        return new java.io.ByteArrayInputStream(boldFace ? boldBytes : regularBytes);
    }

    @Override
    public double width(String text, double size, boolean boldFace) {
        return (boldFace ? bold : regular).width(text) * size;
    }

    @Override
    public String displayable(String text, boolean boldFace) {
        Metrics metrics = boldFace ? bold : regular;
        StringBuilder shown = new StringBuilder(text.length());
        // Every writer draws only text that passed through here, so invisible controls are dropped once for all.
        VisibleText.of(text).codePoints().forEach(cp -> shown.appendCodePoint(metrics.has(cp) ? cp : '?'));
        return shown.toString();
    }

    private static byte[] read(String resource) {
        try (InputStream in = BriefingFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the briefing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Advance widths per code point, in ems, read from the font's horizontal metrics. */
    private static final class Metrics {
        private final TrueTypeFont font;
        private final org.apache.fontbox.ttf.CmapLookup cmap;
        private final double unitsPerEm;

        Metrics(byte[] bytes) {
            try {
                font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                cmap = font.getUnicodeCmapLookup();
                unitsPerEm = font.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean has(int codePoint) {
            return codePoint == ' ' || cmap.getGlyphId(codePoint) > 0;
        }

        synchronized double width(String text) {
            try {
                double units = 0;
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    units += font.getAdvanceWidth(cmap.getGlyphId(cp));
                    i += Character.charCount(cp);
                }
                return units / unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
