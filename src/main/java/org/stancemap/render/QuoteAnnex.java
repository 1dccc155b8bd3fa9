package org.stancemap.render;

import java.util.List;
import java.util.Optional;

import org.stancemap.model.Project;

/**
 * A laid-out quote annex: an A4 handout that puts the map on its first page, then every shown expert grouped by band
 * in axis order, with their role, the phrase their placement rests on, all their quotes in full with citations, and
 * the analyst's rationale marked as the analyst's. Every page has a header with the question and source and its page
 * number. Pure, like {@link BriefingLayout}: {@link AnnexWriter} draws it.
 *
 * @param title the question, as the header shows it
 * @param pages in order, numbered from 1
 */
public record QuoteAnnex(String title, List<Page> pages) {

    /** A4 portrait, in PDF points. */
    public static final double PAGE_WIDTH = 595;
    public static final double PAGE_HEIGHT = 842;

    public QuoteAnnex {
        pages = List.copyOf(pages);
    }

    /**
     * One page, in points with y growing downwards.
     *
     * @param drawables on a white page, drawn after the map
     * @param map       the briefing drawn on this page, scaled, when it has one (the first page)
     */
    public record Page(int number, List<Drawable> drawables, Optional<MapPlacement> map) {
        public Page {
            drawables = List.copyOf(drawables);
        }
    }

    /** The map briefing drawn with its top-left corner at (x, y), shrunk by scale. */
    public record MapPlacement(Briefing briefing, double x, double y, double scale) {
    }

    /** Lays out the annex of the voices the options show, with {@code map} (the briefing) on the first page. */
    public static QuoteAnnex layout(Project project, BriefingOptions options, Briefing map, TextMeasure measure) {
        return new AnnexLayout(project, options, measure).run(map);
    }
}
