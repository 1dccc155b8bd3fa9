package org.stancemap.render;

import java.util.ArrayList;
import java.util.List;

/** What a slide's sections paint, back to front, and the text measure they fit their text with. */
final class SlideDrawing {

    private final TextMeasure measure;
    private final TextFit fit;
    private final List<Drawable> drawables = new ArrayList<>();

    SlideDrawing(TextMeasure measure) {
        this.measure = measure;
        this.fit = new TextFit(measure);
    }

    TextMeasure measure() {
        return measure;
    }

    TextFit fit() {
        return fit;
    }

    void add(Drawable drawable) {
        drawables.add(drawable);
    }

    List<Drawable> drawables() {
        return drawables;
    }

    /** Paints lines of text one under the other from top; returns the bottom of the last line. */
    double textBlock(List<String> lines, double x, double top, double size, boolean bold, Rgb colour, String role) {
        double y = top;
        for (String line : lines) {
            drawables.add(new Drawable.Text(x, y + size * BriefingMetrics.BASELINE, line, size, bold, colour, role));
            y += size * BriefingMetrics.LINE_HEIGHT;
        }
        return y;
    }
}
