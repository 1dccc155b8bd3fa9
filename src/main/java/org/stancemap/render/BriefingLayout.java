package org.stancemap.render;

import java.util.List;
import java.util.Optional;

import org.stancemap.layout.ChipBox;
import org.stancemap.model.ChipRows;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;

/**
 * Lays out a briefing slide: title, optional subtitle, the bands with their labels, the axis with its end labels,
 * every shown voice as a chip inside its band, in the rows the window shows, the legend and the source line; and,
 * when asked ({@link SlideParts}), a takeaway under the title, counts per band, featured quotes with leaders to
 * their chips and a footnote defining the bands. Pure (no JavaFX, no AWT): the PNG, SVG and PDF
 * writers, the command line and the export dialog all draw what this returns.
 *
 * <p>Each section is laid out by its own class over one {@link BriefingMetrics}: the header from the top down, the
 * footer (source line, band footnote, legend, featured quotes, end labels) from the bottom up, and the bands and the {@link ChipPlot} in the room
 * between. Type is sized for a projected slide: at 1920×1080 the title is 44 px and chip names up to 24 px, and
 * everything scales with the canvas.
 */
public final class BriefingLayout {

    private BriefingLayout() {
    }

    /** Lays out the project's briefing on a canvas of the given size, measuring text with {@code measure}. */
    public static Briefing layout(Project project, BriefingOptions options, CanvasSize size, TextMeasure measure) {
        double readable = BriefingMetrics.READABLE_SIZE * BriefingMetrics.of(size).unit();
        Briefing briefing = null;
        // A crowded map on a slide with every part: the footnote, then the featured quotes, give up lines (the
        // definitions and quotes are in full in the speaker notes, the quote slide and the annex) before the
        // experts' names shrink below readable size.
        boolean roomToGive = options.parts().bandDefinitions() || !options.parts().featured().isEmpty();
        for (Room room : Room.GIVING_WAY) {
            briefing = layout(project, options, size, measure, room);
            if (!roomToGive || smallestName(briefing) >= readable - 1e-9) {
                break;
            }
        }
        return briefing;
    }

    /** How many lines the band footnote and each featured quote may take. */
    private record Room(int footnoteLines, int quoteLines) {
        static final List<Room> GIVING_WAY = List.of(
                new Room(BriefingMetrics.FOOTNOTE_LINES, BriefingMetrics.QUOTE_LINES),
                new Room(BriefingMetrics.FOOTNOTE_LINES - 1, BriefingMetrics.QUOTE_LINES),
                new Room(1, BriefingMetrics.QUOTE_LINES),
                new Room(1, BriefingMetrics.QUOTE_LINES - 1));
    }

    private static double smallestName(Briefing briefing) {
        return briefing.drawables().stream()
                .filter(d -> d instanceof Drawable.Text t && t.role().equals("chip-label"))
                .mapToDouble(d -> ((Drawable.Text) d).size()).min().orElse(Double.POSITIVE_INFINITY);
    }

    private static Briefing layout(Project project, BriefingOptions options, CanvasSize size, TextMeasure measure,
                                   Room room) {
        BriefingMetrics m = BriefingMetrics.of(size);
        SlideDrawing drawing = new SlideDrawing(measure);
        drawing.add(new Drawable.Box(0, 0, m.width(), m.height(), 0, SlideColours.WHITE, Optional.empty(), 0));

        List<Voice> shown = project.voices().stream()
                .filter(v -> options.onlyVoices().map(ids -> ids.contains(v.id())).orElse(true)).toList();
        List<Voice> placed = shown.stream().filter(v -> v.placement().isPresent()).toList();

        String titleText = options.title().orElse(project.spectrum().question().isBlank()
                ? project.roundUp().title() : project.spectrum().question());
        SlideParts parts = options.parts();
        TitleBlock.Laid header = new TitleBlock(drawing, m).draw(titleText, parts.takeaway(), options.subtitle());

        SlideDrawing.Block source = new SourceFooter(drawing, m).draw(SourceFooter.sourceLine(project, placed));
        double footTop = source.top();
        if (parts.bandDefinitions()) {
            SlideDrawing.Block footnote = new BandFootnote(drawing, m).draw(project.spectrum().bands(),
                    footTop - m.sectionGap(), room.footnoteLines());
            footTop = footnote.lines().isEmpty() ? footTop : footnote.top();
        }
        AttributeColours colours = new AttributeColours(project.voices(), options.colourAttribute());
        LegendBlock legend = new LegendBlock(drawing, m, placed, shown.size() - placed.size(), options, colours);
        double legendTop = footTop - m.sectionGap() - legend.height();
        legend.draw(legendTop);
        FeaturedQuotes quotes = new FeaturedQuotes(drawing, m, FeaturedQuotes.picks(project, parts, placed),
                room.quoteLines());
        double quotesTop = quotes.isEmpty() ? legendTop : legendTop - m.sectionGap() - quotes.height();

        BandStrip bands = new BandStrip(drawing, m, project.spectrum(), m.margin(), m.contentWidth(),
                parts.bandCounts() ? Optional.of(placed) : Optional.empty());
        double bandTop = header.bottom();
        double endTop = bands.endLabelTop(quotesTop);
        double plotTop = bands.plotTop(bandTop);
        double plotBottom = endTop - m.plotBottomGap();
        ChipBox plot = new ChipBox("plot", m.margin(), plotTop, m.contentWidth(),
                Math.max(plotBottom - plotTop, m.minPlotHeight()));
        bands.drawBands(bandTop, plotBottom);

        int beneathChips = drawing.mark();
        ChipPlot chipPlot = new ChipPlot(drawing, m);
        List<ChipPlot.Entry> entries = entries(placed, options, colours);
        ChipPlot.Placed chipsPlaced = chipPlot.place(entries, plot, project.spectrum().bands(), project.chipRows());
        List<Briefing.Chip> chips = chipPlot.draw(chipsPlaced, entries, plot);
        bands.drawEndLabels(endTop);
        List<Briefing.Featured> featured = quotes.draw(quotesTop, chips, beneathChips);

        return new Briefing(size, String.join(" ", header.titleLines()), options.subtitle(), chips, plot,
                legend.entries(), String.join(" ", source.lines()),
                header.takeawayLines().isEmpty() ? Optional.empty() : Optional.of(String.join(" ", header.takeawayLines())),
                featured, drawing.drawables(), new ChipRows(chipsPlaced.layout().rowOf(), chipsPlaced.room()),
                chipsPlaced.size());
    }

    /** The placed voices as the chips show them: coloured by the attribute, the highlighted ones standing out. */
    static List<ChipPlot.Entry> entries(List<Voice> placed, BriefingOptions options, AttributeColours colours) {
        boolean highlighting = !options.highlighted().isEmpty();
        return placed.stream().map(voice -> {
            boolean highlighted = options.highlighted().contains(voice.id());
            return new ChipPlot.Entry(voice, colours.of(voice), highlighted, highlighting && !highlighted);
        }).toList();
    }
}
