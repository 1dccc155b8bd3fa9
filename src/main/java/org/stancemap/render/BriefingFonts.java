package org.stancemap.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts every briefing is laid out and drawn in: DejaVu Sans and DejaVu Sans Bold, shipped in the jar
 * (Bitstream Vera licence, see fonts/DejaVu-LICENSE.txt) so that a briefing looks the same on every machine, for
 * Latin, Greek, Cyrillic and Arabic; and, per character DejaVu lacks (Chinese, Japanese, Korean), a
 * {@link FallbackFont} the system has. Text is measured from the fonts' own advance widths, without kerning, exactly
 * as the writers draw it, run by run.
 */
public final class BriefingFonts implements TextMeasure {

    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";
    private static final BriefingFonts INSTANCE = new BriefingFonts(FallbackFont.find());

    private final byte[] regularBytes = read(REGULAR);
    private final byte[] boldBytes = read(BOLD);
    private final Metrics regular = new Metrics(parse(regularBytes));
    private final Metrics bold = new Metrics(parse(boldBytes));
    private final Optional<FallbackFont> fallback;
    private final Optional<Metrics> fallbackMetrics;

    /** A piece of text drawn in one font: the bundled face, or the fallback when {@code fallback}. */
    public record Run(String text, boolean fallback) {
    }

    BriefingFonts(Optional<FallbackFont> fallback) {
        Optional<Metrics> metrics = Optional.empty();
        Optional<FallbackFont> usable = Optional.empty();
        if (fallback.isPresent()) {
            try {
                // Kept open for the life of the app: measuring reads the font's tables lazily.
                metrics = Optional.of(new Metrics(fallback.get().open().font()));
                usable = fallback;
            } catch (IOException | RuntimeException e) {
                // The font vanished or broke since it was found: CJK characters show as '?', as with no font at all.
            }
        }
        this.fallback = usable;
        this.fallbackMetrics = metrics;
    }

    /** The fonts, read once. */
    public static BriefingFonts get() {
        return INSTANCE;
    }

    /** The TrueType file of the regular or bold face, for a writer that embeds or loads it. */
    public InputStream open(boolean boldFace) {
        return new ByteArrayInputStream(boldFace ? boldBytes : regularBytes);
    }

    /** The system font drawn where DejaVu Sans has no glyph, when one was found. */
    public Optional<FallbackFont> fallback() {
        return fallback;
    }

    @Override
    public double width(String text, double size, boolean boldFace) {
        double ems = 0;
        for (Run run : runs(text, boldFace)) {
            ems += (run.fallback() ? fallbackMetrics.orElseThrow() : face(boldFace)).width(run.text());
        }
        return ems * size;
    }

    @Override
    public String displayable(String text, boolean boldFace) {
        Metrics metrics = face(boldFace);
        StringBuilder shown = new StringBuilder(text.length());
        // Every writer draws only text that passed through here, so invisible controls are dropped once for all.
        // Control characters become spaces: some fonts map glyphs to them, and an ESC or BEL is never meant to show.
        VisibleText.of(text).codePoints().forEach(cp -> shown.appendCodePoint(Character.isISOControl(cp) ? ' '
                : metrics.has(cp) || fallbackMetrics.map(f -> f.has(cp)).orElse(false) ? cp : '?'));
        return shown.toString();
    }

    /**
     * Displayable text cut into runs by the font that draws each character: the bundled face wherever it has the
     * glyph, the fallback elsewhere. Writers draw run after run, advancing by {@link #width} of each.
     */
    public List<Run> runs(String text, boolean boldFace) {
        Metrics metrics = face(boldFace);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentFallback = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean useFallback = !metrics.has(cp) && fallbackMetrics.map(f -> f.has(cp)).orElse(false);
            if (useFallback != currentFallback && current.length() > 0) {
                runs.add(new Run(current.toString(), currentFallback));
                current.setLength(0);
            }
            currentFallback = useFallback;
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), currentFallback));
        }
        return runs;
    }

    private Metrics face(boolean boldFace) {
        return boldFace ? bold : regular;
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

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Advance widths per code point, in ems, read from the font's horizontal metrics. */
    private static final class Metrics {
        private final TrueTypeFont font;
        private final CmapLookup cmap;
        private final double unitsPerEm;

        Metrics(TrueTypeFont font) {
            try {
                this.font = font;
                cmap = font.getUnicodeCmapLookup();
                unitsPerEm = font.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized boolean has(int codePoint) {
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
