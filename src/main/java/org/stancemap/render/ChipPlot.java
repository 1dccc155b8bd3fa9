package org.stancemap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stancemap.layout.BandColumns;
import org.stancemap.layout.ChipBox;
import org.stancemap.layout.ChipLayout;
import org.stancemap.layout.ChipMetrics;
import org.stancemap.layout.ChipSpec;
import org.stancemap.model.Band;
import org.stancemap.model.ChipRows;
import org.stancemap.model.ConfidenceLevel;
import org.stancemap.model.Voice;

import static org.stancemap.render.BriefingMetrics.CHIP_AXIS_GAP;
import static org.stancemap.render.BriefingMetrics.CHIP_CONFIDENCE_OUTLINE;
import static org.stancemap.render.BriefingMetrics.CHIP_DASH;
import static org.stancemap.render.BriefingMetrics.CHIP_DASH_GAP;
import static org.stancemap.render.BriefingMetrics.CHIP_DOT;
import static org.stancemap.render.BriefingMetrics.CHIP_DOT_GAP;
import static org.stancemap.render.BriefingMetrics.CHIP_GAP;
import static org.stancemap.render.BriefingMetrics.CHIP_HEIGHT;
import static org.stancemap.render.BriefingMetrics.CHIP_HIGHLIGHT_OUTLINE;
import static org.stancemap.render.BriefingMetrics.CHIP_LINE_HEIGHT;
import static org.stancemap.render.BriefingMetrics.CHIP_MARKER_LEFT;
import static org.stancemap.render.BriefingMetrics.CHIP_MARKER_SIZE;
import static org.stancemap.render.BriefingMetrics.CHIP_MAX_EMS;
import static org.stancemap.render.BriefingMetrics.CHIP_MIN_NAME_SIZE;
import static org.stancemap.render.BriefingMetrics.CHIP_NAME_DROP;
import static org.stancemap.render.BriefingMetrics.CHIP_NAME_LEFT;
import static org.stancemap.render.BriefingMetrics.CHIP_RADIUS;
import static org.stancemap.render.BriefingMetrics.CHIP_ROW_GAP;
import static org.stancemap.render.BriefingMetrics.CHIP_SHRINK;
import static org.stancemap.render.BriefingMetrics.CHIP_TICK;
import static org.stancemap.render.BriefingMetrics.CHIP_TINT;
import static org.stancemap.render.BriefingMetrics.MIN_HIGHLIGHT_OUTLINE;

/**
 * The plot: one chip per placed voice inside its band's column, piled up in rows from the axis at the plot's foot,
 * and a tick on the axis at each voice's exact position. Rows are the project's own, chosen on the 16:9 slide
 * ({@link SlideRows}) and shown by the window too (a project that keeps none is packed afresh). When the room the map
 * makes for its rows does not fit at the full name size, or a kept row no longer fits its column, the names are made
 * smaller step by step until every chip fits: names never overlap, never leave their band and are never cut short (a
 * name too wide for its column wraps onto two lines). The room, not the rows taken, sets the size, so a move that
 * fills a spare row or empties one leaves every other chip as it was.
 *
 * <p>A chip's marker has the colour's own shape and its fill and outline say how confident the placement is (filled
 * high, outlined medium, dashed low, dotted not stated), so the slide reads in greyscale too.
 */
final class ChipPlot {

    /**
     * One voice to show as a chip, with how it is drawn.
     *
     * @param highlighted chosen to stand out (bold name, dark outline)
     * @param greyed      another voice is highlighted and this one is not
     */
    record Entry(Voice voice, Rgb colour, boolean highlighted, boolean greyed) {
    }

    private final SlideDrawing drawing;
    private final BriefingMetrics m;

    ChipPlot(SlideDrawing drawing, BriefingMetrics metrics) {
        this.drawing = drawing;
        this.m = metrics;
    }

    /**
     * The chips placed at the name size chosen for them, with their names as the fonts can show them.
     *
     * @param room the rows the plot was sized for: the map's room, or the rows the chips take when that is more
     */
    record Placed(double size, ChipLayout layout, List<String> names, int room) {
    }

    /**
     * Places the chips at the largest name size at which the room the map makes ({@code rows.plotRows()}, or the rows
     * the chips take when that is more) fits the plot and every kept row fits its column.
     */
    Placed place(List<Entry> entries, ChipBox plot, List<Band> bands, ChipRows rows) {
        List<String> names = names(entries);
        double size = m.chipNameSize();
        // Sizes at which the room alone is taller than the plot cannot fit, so the search starts below them.
        double roomPerSize = BandColumns.heightFor(rows.plotRows(), metricsAt(1));
        while (size * roomPerSize > plot.height() + 1e-9 && size * CHIP_SHRINK >= CHIP_MIN_NAME_SIZE) {
            size *= CHIP_SHRINK;
        }
        while (true) {
            ChipLayout layout = layoutAt(size, entries, names, plot, bands, rows.byVoice());
            int room = Math.max(layout.rows(), rows.plotRows());
            boolean fits = BandColumns.heightFor(room, metricsAt(size)) <= plot.height() + 1e-9
                    && layout.displaced() == 0;
            if (fits || size * CHIP_SHRINK < CHIP_MIN_NAME_SIZE) {
                return new Placed(size, layout, names, room);
            }
            size *= CHIP_SHRINK;
        }
    }

    /** The chips placed at one name size, in the rows given where they fit. */
    ChipLayout layoutAt(double size, List<Entry> entries, ChipBox plot, List<Band> bands, Map<String, Integer> rows) {
        return layoutAt(size, entries, names(entries), plot, bands, rows);
    }

    private ChipLayout layoutAt(double size, List<Entry> entries, List<String> names, ChipBox plot, List<Band> bands,
                                Map<String, Integer> rows) {
        TextMeasure measure = drawing.measure();
        List<ChipSpec> specs = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            specs.add(new ChipSpec(entry.voice().id(), position(entry),
                    measure.width(names.get(i), size, entry.highlighted()) + BriefingMetrics.chipPadding(size)));
        }
        return BandColumns.place(specs, bands, rows, plot.width(), plot.height(), metricsAt(size));
    }

    private static ChipMetrics metricsAt(double size) {
        return new ChipMetrics(CHIP_HEIGHT * size, CHIP_MAX_EMS * size, CHIP_GAP * size, CHIP_ROW_GAP * size,
                CHIP_AXIS_GAP * size);
    }

    private List<String> names(List<Entry> entries) {
        return entries.stream().map(e -> drawing.measure().displayable(e.voice().shortName(), false)).toList();
    }

    /** Paints the placed chips and the axis inside the plot rectangle; returns the chips in the order given. */
    List<Briefing.Chip> draw(Placed placed, List<Entry> entries, ChipBox plot) {
        ChipLayout layout = placed.layout();
        List<String> names = placed.names();
        double size = placed.size();
        double offsetY = plot.y() + plot.height() - layout.height();
        double axisY = offsetY + layout.axisY();
        drawing.add(new Drawable.Line(plot.x(), axisY, plot.x() + plot.width(), axisY, SlideColours.MUTED,
                m.axisWidth()));
        for (Entry entry : entries) {
            double x = plot.x() + position(entry) * plot.width();
            drawing.add(new Drawable.Line(x, axisY, x, axisY + CHIP_TICK * size, SlideColours.MUTED,
                    Math.max(1, m.axisWidth() / 2)));
        }
        List<Briefing.Chip> chips = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            ChipBox b = layout.boxes().get(i);
            ChipBox box = new ChipBox(b.id(), plot.x() + b.x(), offsetY + b.y(), b.width(), b.height());
            boolean wrapped = b.height() > CHIP_HEIGHT * size + 1e-9;
            double room = box.width() - BriefingMetrics.chipPadding(size);
            List<String> lines = wrapped
                    ? drawing.fit().lines(names.get(i), size, size, entry.highlighted(), room, 2)
                    : List.of(drawing.fit().ellipsize(names.get(i), size, entry.highlighted(), room));
            drawChip(box, lines, size, entry);
            chips.add(new Briefing.Chip(entry.voice().id(), entry.voice().shortName(), box, String.join(" ", lines),
                    entry.colour(), entry.greyed(), entry.highlighted()));
        }
        return chips;
    }

    private static double position(Entry entry) {
        return Math.max(0, Math.min(1, entry.voice().placement().orElseThrow().position()));
    }

    private void drawChip(ChipBox box, List<String> lines, double size, Entry entry) {
        ConfidenceLevel confidence = ConfidenceLevel.of(entry.voice().placement());
        Rgb colour = entry.greyed() ? SlideColours.GREY_BAR : entry.colour();
        Rgb edge = entry.highlighted() ? SlideColours.INK : colour.towards(SlideColours.INK, 0.25);
        Rgb fill = entry.greyed() ? SlideColours.GREY_FILL
                : confidence == ConfidenceLevel.HIGH ? colour.towards(SlideColours.WHITE, CHIP_TINT) : SlideColours.WHITE;
        double radius = Math.min(box.height(), CHIP_HEIGHT * size) * CHIP_RADIUS;
        double outline = entry.highlighted() ? Math.max(MIN_HIGHLIGHT_OUTLINE, CHIP_HIGHLIGHT_OUTLINE * size)
                : Math.max(1, CHIP_CONFIDENCE_OUTLINE * size);
        boolean solid = entry.highlighted() || confidence == ConfidenceLevel.HIGH || confidence == ConfidenceLevel.MEDIUM;
        drawing.add(new Drawable.Box(box.x(), box.y(), box.width(), box.height(), radius, fill,
                solid ? Optional.of(edge) : Optional.empty(), solid ? outline : 0));
        if (!solid) {
            boolean dashed = confidence == ConfidenceLevel.LOW;
            dashedOutline(box, radius, edge, outline, (dashed ? CHIP_DASH : CHIP_DOT) * size,
                    (dashed ? CHIP_DASH_GAP : CHIP_DOT_GAP) * size);
        }
        double middle = box.y() + box.height() / 2;
        double markerSize = CHIP_MARKER_SIZE * size;
        drawing.add(new Drawable.Text(box.x() + CHIP_MARKER_LEFT * size, middle + CHIP_NAME_DROP * markerSize,
                Palette.markerOf(entry.greyed() ? Palette.UNSET : entry.colour()), markerSize, false, colour,
                "chip-marker"));
        double first = middle + CHIP_NAME_DROP * size - (lines.size() - 1) * CHIP_LINE_HEIGHT * size / 2;
        for (int k = 0; k < lines.size(); k++) {
            drawing.add(new Drawable.Text(box.x() + CHIP_NAME_LEFT * size, first + k * CHIP_LINE_HEIGHT * size,
                    lines.get(k), size, entry.highlighted(), entry.greyed() ? SlideColours.GREY_TEXT : SlideColours.INK,
                    "chip-label"));
        }
    }

    /** An outline of short strokes along the four sides, which every writer draws as plain lines. */
    private void dashedOutline(ChipBox box, double radius, Rgb colour, double width, double dash, double gap) {
        double inset = width / 2;
        double left = box.x() + inset;
        double right = box.maxX() - inset;
        double top = box.y() + inset;
        double bottom = box.maxY() - inset;
        strokes(left + radius, top, right - radius, top, colour, width, dash, gap);
        strokes(left + radius, bottom, right - radius, bottom, colour, width, dash, gap);
        strokes(left, top + radius, left, bottom - radius, colour, width, dash, gap);
        strokes(right, top + radius, right, bottom - radius, colour, width, dash, gap);
    }

    private void strokes(double x1, double y1, double x2, double y2, Rgb colour, double width, double dash, double gap) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (length <= 0) {
            return;
        }
        double dx = (x2 - x1) / length;
        double dy = (y2 - y1) / length;
        for (double at = 0; at < length; at += dash + gap) {
            double end = Math.min(length, at + dash);
            drawing.add(new Drawable.Line(x1 + dx * at, y1 + dy * at, x1 + dx * end, y1 + dy * end, colour, width));
        }
    }
}
