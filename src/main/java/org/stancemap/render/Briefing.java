package org.stancemap.render;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.stancemap.layout.ChipBox;
import org.stancemap.model.ChipRows;

/**
 * A laid-out briefing slide: what it says, where every chip went, and the drawables that paint it, in canvas pixels.
 * Writers paint {@link #drawables()} in order; the other fields say what those drawables mean, for tests and for
 * whoever needs to know where a voice ended up.
 *
 * @param size      the canvas
 * @param title     the title as shown (possibly over two lines, joined by a space)
 * @param chips     one per voice shown, in project order
 * @param plot      the area chips are placed in, in canvas pixels
 * @param source    the source line as shown
 * @param takeaway  the takeaway under the title as shown, when there is one
 * @param featured  the featured quotes' boxes, left to right
 * @param drawables everything to paint, back to front
 * @param rows      the row each chip is shown in, by voice id, and the rows the plot was sized for: what a project
 *                  that keeps no rows yet should keep so that a later move changes no other chip's place
 * @param nameSize  the size the chips' names are set in
 */
public record Briefing(CanvasSize size, String title, Optional<String> subtitle, List<Chip> chips, ChipBox plot,
                       List<LegendEntry> legend, String source, Optional<String> takeaway, List<Featured> featured,
                       List<Drawable> drawables, ChipRows rows, double nameSize) {

    public Briefing {
        Objects.requireNonNull(rows, "rows");
        chips = List.copyOf(chips);
        featured = List.copyOf(featured);
        legend = List.copyOf(legend);
        drawables = List.copyOf(drawables);
    }

    /**
     * One voice on the slide.
     *
     * @param box         the chip, in canvas pixels; its label is drawn inside it
     * @param label       the name as drawn, ellipsized to fit the box
     * @param greyed      another voice is highlighted and this one is not
     * @param highlighted chosen to stand out
     */
    public record Chip(String voiceId, String name, ChipBox box, String label, Rgb colour, boolean greyed,
                       boolean highlighted) {
    }

    /**
     * A featured quote on the slide.
     *
     * @param text   the quote as shown, cut to its box
     * @param cite   "— name, publication, date" as shown
     * @param box    the pull-quote box
     * @param leader the line from the box to the voice's chip
     */
    public record Featured(String voiceId, String text, String cite, ChipBox box, Drawable.Line leader) {
    }

    /**
     * One entry of the legend: a mark and what it means, e.g. a colour's shape with how many voices shown carry it, or
     * a chip outline with the confidence it stands for.
     */
    public record LegendEntry(String text, Rgb colour, Mark mark) {
    }

    /** How a legend entry's sample is drawn. */
    public enum Mark {
        /** The colour's shape, as on the chips. */
        SHAPE,
        /** A chip as high, medium, low or unstated confidence draws it. */
        FILLED, OUTLINED, DASHED, DOTTED,
        /** An axis tick. */
        TICK,
        /** A plain swatch. */
        BOX
    }
}
