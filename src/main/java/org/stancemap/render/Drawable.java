package org.stancemap.render;

import java.util.Optional;

/**
 * One thing a briefing writer paints, in canvas pixels with y growing downwards. Every writer knows exactly these
 * three kinds, so a PNG, an SVG and a PDF of one {@link Briefing} differ only in file format.
 */
public sealed interface Drawable {

    /** A filled rectangle with rounded corners and an optional outline. */
    record Box(double x, double y, double width, double height, double radius, Rgb fill, Optional<Rgb> stroke,
               double strokeWidth) implements Drawable {
    }

    /** A straight stroke. */
    record Line(double x1, double y1, double x2, double y2, Rgb colour, double width) implements Drawable {
    }

    /**
     * One line of text starting at x on the given baseline, already fitted to its room by the layout.
     *
     * @param role what the text is ("title", "chip-label", "source", …): the SVG writer's class attribute
     */
    record Text(double x, double baseline, String text, double size, boolean bold, Rgb colour, String role)
            implements Drawable {
    }
}
