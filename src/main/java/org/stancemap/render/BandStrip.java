package org.stancemap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.stancemap.model.Band;
import org.stancemap.model.Spectrum;

import static org.stancemap.render.BriefingMetrics.BAND_LINE_HEIGHT;
import static org.stancemap.render.BriefingMetrics.BASELINE;
import static org.stancemap.render.BriefingMetrics.LOW_BASELINE;

/**
 * The spectrum behind the chips: one shaded column per band with its label on top, the edges between bands, and the
 * axis's end labels under the plot. Band labels wrap to two lines within their band.
 */
final class BandStrip {

    private final SlideDrawing drawing;
    private final BriefingMetrics m;
    private final Spectrum spectrum;
    private final double left;
    private final double width;
    private final List<List<String>> labels = new ArrayList<>();
    private final int labelLines;

    /** Fits the band labels to a plot that spans width from left. */
    BandStrip(SlideDrawing drawing, BriefingMetrics metrics, Spectrum spectrum, double left, double width) {
        this.drawing = drawing;
        this.m = metrics;
        this.spectrum = spectrum;
        this.left = left;
        this.width = width;
        double size = m.bandLabelSize();
        int lines = 1;
        for (Band band : spectrum.bands()) {
            double room = (band.to() - band.from()) * width - m.bandLabelInset();
            List<String> fitted = drawing.fit().lines(band.label(), size, size, true, Math.max(room, size), 2);
            labels.add(fitted);
            lines = Math.max(lines, fitted.size());
        }
        this.labelLines = lines;
    }

    /** Top of the plot when the strip starts at top: under the tallest band label. */
    double plotTop(double top) {
        return top + labelLines * m.bandLabelSize() * BAND_LINE_HEIGHT + m.plotTopGap();
    }

    /** Top of the end labels when the section above the strip's foot starts at footTop. */
    double endLabelTop(double footTop) {
        return footTop - m.sectionGap() - m.endLabelSize() * BriefingMetrics.LINE_HEIGHT;
    }

    /** Paints the bands from top to bottom, with their labels and the edges between them. */
    void drawBands(double top, double bottom) {
        double size = m.bandLabelSize();
        List<Band> bands = spectrum.bands();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            double x0 = left + band.from() * width;
            double x1 = left + band.to() * width;
            drawing.add(new Drawable.Box(x0, top, x1 - x0, bottom - top, 0,
                    i % 2 == 0 ? SlideColours.BAND_EVEN : SlideColours.BAND_ODD, Optional.empty(), 0));
            if (i < bands.size() - 1) {
                drawing.add(new Drawable.Line(x1, top, x1, bottom, SlideColours.BAND_EDGE, m.bandEdgeWidth()));
            }
            double lineY = top + m.bandLabelTop();
            for (String line : labels.get(i)) {
                double lw = drawing.measure().width(line, size, true);
                drawing.add(new Drawable.Text((x0 + x1) / 2 - lw / 2, lineY + size * BASELINE, line, size, true,
                        SlideColours.INK, "band-label"));
                lineY += size * BAND_LINE_HEIGHT;
            }
        }
    }

    /** Paints "← left" and "right →" at the ends of the axis, with their tops at top. */
    void drawEndLabels(double top) {
        TextMeasure measure = drawing.measure();
        double size = m.endLabelSize();
        String leftLabel = "← " + measure.displayable(spectrum.leftLabel(), false);
        String rightLabel = measure.displayable(spectrum.rightLabel(), false) + " →";
        double baseline = top + size * LOW_BASELINE;
        drawing.add(new Drawable.Text(left, baseline, leftLabel, size, false, SlideColours.MUTED, "end-label"));
        drawing.add(new Drawable.Text(left + width - measure.width(rightLabel, size, false), baseline, rightLabel,
                size, false, SlideColours.MUTED, "end-label"));
    }
}
