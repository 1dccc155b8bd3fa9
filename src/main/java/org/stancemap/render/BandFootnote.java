package org.stancemap.render;

import java.util.List;

import org.stancemap.model.Band;

/** A footnote above the source line with each band's one-sentence definition, so the slide explains its axis. */
final class BandFootnote {

    /** The footnote's lines as drawn (none when no band has a definition), and the top of the first. */
    record Laid(List<String> lines, double top) {
    }

    private final SlideDrawing drawing;
    private final BriefingMetrics m;

    BandFootnote(SlideDrawing drawing, BriefingMetrics metrics) {
        this.drawing = drawing;
        this.m = metrics;
    }

    /**
     * "Label: definition · Label: definition", wrapped upwards from bottom in at most {@code maxLines}; ends in an
     * ellipsis when too long.
     */
    Laid draw(List<Band> bands, double bottom, int maxLines) {
        String text = String.join("  ·  ", bands.stream().filter(b -> !b.definition().isBlank())
                .map(b -> b.label().strip() + ": " + b.definition().strip()).toList());
        if (text.isEmpty()) {
            return new Laid(List.of(), bottom);
        }
        double size = m.footnoteSize();
        List<String> lines = drawing.fit().lines(text, size, size, false, m.contentWidth(), maxLines);
        double top = bottom - lines.size() * size * BriefingMetrics.LINE_HEIGHT;
        drawing.textBlock(lines, m.margin(), top, size, false, SlideColours.INK, "footnote");
        return new Laid(lines, top);
    }
}
