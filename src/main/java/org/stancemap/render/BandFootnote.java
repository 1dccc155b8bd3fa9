package org.stancemap.render;

import java.util.List;

import org.stancemap.model.Band;

/** A footnote above the source line with each band's one-sentence definition, so the slide explains its axis. */
final class BandFootnote {

    private final SlideDrawing drawing;
    private final BriefingMetrics m;

    BandFootnote(SlideDrawing drawing, BriefingMetrics metrics) {
        this.drawing = drawing;
        this.m = metrics;
    }

    /**
     * "Label: definition · Label: definition", wrapped upwards from bottom in at most {@code maxLines}; ends in an
     * ellipsis when too long, and has no lines when no band has a definition.
     */
    SlideDrawing.Block draw(List<Band> bands, double bottom, int maxLines) {
        String text = String.join("  ·  ", bands.stream().filter(b -> !b.definition().isBlank())
                .map(b -> b.label().strip() + ": " + b.definition().strip()).toList());
        if (text.isEmpty()) {
            return new SlideDrawing.Block(List.of(), bottom);
        }
        return drawing.blockAbove(text, m.margin(), m.contentWidth(), bottom, m.footnoteSize(), maxLines,
                SlideColours.INK, "footnote");
    }
}
