package org.stancemap.render;

import java.util.List;
import java.util.Optional;

/** The slide's header: the title over at most two lines, shrunk before it wraps, and an optional subtitle. */
final class TitleBlock {

    /** The title's lines as drawn, and where the section below the header may start. */
    record Laid(List<String> titleLines, double bottom) {
    }

    private final SlideDrawing drawing;
    private final BriefingMetrics m;

    TitleBlock(SlideDrawing drawing, BriefingMetrics metrics) {
        this.drawing = drawing;
        this.m = metrics;
    }

    Laid draw(String title, Optional<String> subtitle) {
        TextFit fit = drawing.fit();
        double y = m.titleTop();
        List<String> lines = fit.lines(title, m.titleSize(), m.titleMinSize(), true, m.contentWidth(), 2);
        double size = fit.size(title, m.titleSize(), m.titleMinSize(), true, m.contentWidth());
        y = drawing.textBlock(lines, m.margin(), y, size, true, SlideColours.INK, "title");
        if (subtitle.isPresent()) {
            y = drawing.textBlock(fit.lines(subtitle.get(), m.subtitleSize(), m.subtitleSize(), false,
                            m.contentWidth(), 2), m.margin(), y + m.subtitleGap(), m.subtitleSize(), false,
                    SlideColours.MUTED, "subtitle");
        }
        return new Laid(lines, y + m.headerGap());
    }
}
