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

    /** Where the next drawable will go, for {@link #insert}. */
    int mark() {
        return drawables.size();
    }

    /** Paints these beneath what was drawn since the mark. */
    void insert(int mark, List<Drawable> beneath) {
        drawables.addAll(mark, beneath);
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

    /** Lines of a text block and the top of the first, as {@link #blockAbove} laid them. */
    record Block(List<String> lines, double top) {
    }

    /**
     * Wraps {@code text} across the content width in at most {@code maxLines} (the last ending in an ellipsis when
     * it is too long) and paints it upwards from {@code bottom}: the slide's footer sections stack this way.
     */
    Block blockAbove(String text, double x, double width, double bottom, double size, int maxLines, Rgb colour,
                     String role) {
        List<String> lines = fit.lines(text, size, size, false, width, maxLines);
        double top = bottom - lines.size() * size * BriefingMetrics.LINE_HEIGHT;
        textBlock(lines, x, top, size, false, colour, role);
        return new Block(lines, top);
    }
}
