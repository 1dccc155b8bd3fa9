package org.stancemap.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.stancemap.model.ConfidenceLevel;
import org.stancemap.model.Voice;

import static org.stancemap.render.BriefingMetrics.LEGEND_ENTRY_GAP;
import static org.stancemap.render.BriefingMetrics.LEGEND_ROW_HEIGHT;
import static org.stancemap.render.BriefingMetrics.LEGEND_SWATCH;
import static org.stancemap.render.BriefingMetrics.LEGEND_SWATCH_ADVANCE;
import static org.stancemap.render.BriefingMetrics.LEGEND_SWATCH_RADIUS;
import static org.stancemap.render.BriefingMetrics.LEGEND_SWATCH_RISE;
import static org.stancemap.render.BriefingMetrics.LEGEND_TEXT_INSET;
import static org.stancemap.render.BriefingMetrics.LEGEND_TITLE_GAP;
import static org.stancemap.render.BriefingMetrics.LOW_BASELINE;

/**
 * The legend above the source line: what each chip colour (and its shape) means with how many shown voices carry it,
 * that greyed chips are the others when some are highlighted, the confidence each chip outline stands for, that a
 * tick on the axis marks an exact position, and how many voices are not yet placed. Flows left to right,
 * wrapping to new rows.
 */
final class LegendBlock {

    private static final Map<ConfidenceLevel, Briefing.Mark> MARKS = Map.of(ConfidenceLevel.HIGH, Briefing.Mark.FILLED,
            ConfidenceLevel.MEDIUM, Briefing.Mark.OUTLINED, ConfidenceLevel.LOW, Briefing.Mark.DASHED,
            ConfidenceLevel.UNSTATED, Briefing.Mark.DOTTED);

    private final SlideDrawing drawing;
    private final BriefingMetrics m;
    private final List<Briefing.LegendEntry> entries;
    private final String title;

    LegendBlock(SlideDrawing drawing, BriefingMetrics metrics, List<Voice> placed, int unplaced,
                BriefingOptions options, AttributeColours colours) {
        this.drawing = drawing;
        this.m = metrics;
        this.entries = entries(placed, unplaced, options, colours);
        this.title = drawing.measure().displayable(title(options), true);
    }

    List<Briefing.LegendEntry> entries() {
        return entries;
    }

    double height() {
        return flow(0, 0, false);
    }

    /** Draws the legend with its top at y; returns its height. */
    double draw(double top) {
        return flow(m.margin(), top, true);
    }

    private List<Briefing.LegendEntry> entries(List<Voice> placed, int unplaced, BriefingOptions options,
                                               AttributeColours colours) {
        List<Briefing.LegendEntry> list = new ArrayList<>();
        if (!colours.attribute().isBlank() && !colours.isEmpty()) {
            Map<String, Integer> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            int unset = 0;
            for (Voice voice : placed) {
                Optional<String> value = colours.valueOf(voice);
                if (value.isPresent()) {
                    counts.merge(value.get(), 1, Integer::sum);
                } else {
                    unset++;
                }
            }
            counts.forEach((value, count) -> list.add(new Briefing.LegendEntry(
                    drawing.measure().displayable(value, false) + " (" + count + ")", colours.of(value),
                    Briefing.Mark.SHAPE)));
            if (unset > 0) {
                list.add(new Briefing.LegendEntry("not set (" + unset + ")", Palette.UNSET, Briefing.Mark.SHAPE));
            }
        }
        if (!options.highlighted().isEmpty()) {
            list.add(new Briefing.LegendEntry("others, greyed", SlideColours.GREY_BAR, Briefing.Mark.BOX));
        }
        Set<ConfidenceLevel> levels = EnumSet.noneOf(ConfidenceLevel.class);
        placed.forEach(voice -> levels.add(ConfidenceLevel.of(voice.placement())));
        for (ConfidenceLevel level : levels) {
            list.add(new Briefing.LegendEntry(level.label() + " confidence", SlideColours.MUTED, MARKS.get(level)));
        }
        if (!placed.isEmpty()) {
            list.add(new Briefing.LegendEntry("exact position (chips stay inside their band)", SlideColours.MUTED,
                    Briefing.Mark.TICK));
        }
        if (unplaced > 0) {
            list.add(new Briefing.LegendEntry(unplaced + " not yet placed, not shown", SlideColours.WHITE,
                    Briefing.Mark.BOX));
        }
        return list;
    }

    private static String title(BriefingOptions options) {
        String attribute = options.colourAttribute().strip();
        return attribute.isEmpty() ? "" : attribute.substring(0, 1).toUpperCase(Locale.ROOT) + attribute.substring(1) + ":";
    }

    /** The entry's mark, in the swatch's square, whose bottom sits on the baseline. */
    private void sample(Briefing.LegendEntry entry, double x, double baseline, double size) {
        double sw = LEGEND_SWATCH * size;
        double top = baseline - sw * LEGEND_SWATCH_RISE;
        double outline = Math.max(1, 0.09 * size);
        switch (entry.mark()) {
            case SHAPE -> drawing.add(new Drawable.Text(x, baseline, Palette.markerOf(entry.colour()), sw, false,
                    entry.colour(), "legend-marker"));
            case FILLED -> drawing.add(new Drawable.Box(x, top, sw * 1.2, sw, sw * LEGEND_SWATCH_RADIUS,
                    SlideColours.GREY_BAR, Optional.of(SlideColours.INK), outline));
            case OUTLINED -> drawing.add(new Drawable.Box(x, top, sw * 1.2, sw, sw * LEGEND_SWATCH_RADIUS,
                    SlideColours.WHITE, Optional.of(SlideColours.INK), outline));
            case DASHED, DOTTED -> {
                double dash = entry.mark() == Briefing.Mark.DASHED ? sw * 0.3 : sw * 0.08;
                double gap = entry.mark() == Briefing.Mark.DASHED ? sw * 0.2 : sw * 0.16;
                double[][] sides = {{x, top, x + sw * 1.2, top}, {x, top + sw, x + sw * 1.2, top + sw},
                        {x, top, x, top + sw}, {x + sw * 1.2, top, x + sw * 1.2, top + sw}};
                for (double[] side : sides) {
                    double length = Math.hypot(side[2] - side[0], side[3] - side[1]);
                    for (double at = 0; at < length; at += dash + gap) {
                        double end = Math.min(length, at + dash);
                        drawing.add(new Drawable.Line(side[0] + (side[2] - side[0]) * at / length,
                                side[1] + (side[3] - side[1]) * at / length, side[0] + (side[2] - side[0]) * end / length,
                                side[1] + (side[3] - side[1]) * end / length, SlideColours.INK, outline));
                    }
                }
            }
            case TICK -> drawing.add(new Drawable.Line(x + sw / 2, top, x + sw / 2, top + sw, SlideColours.MUTED,
                    Math.max(1, 0.08 * size)));
            case BOX -> drawing.add(new Drawable.Box(x, top, sw, sw, sw * LEGEND_SWATCH_RADIUS, entry.colour(),
                    Optional.of(entry.colour().equals(SlideColours.WHITE) ? SlideColours.MUTED : entry.colour()),
                    BriefingMetrics.outline(size)));
        }
    }

    /** Lays the legend out; returns its height and draws it when asked. */
    private double flow(double x0, double y0, boolean draw) {
        if (entries.isEmpty()) {
            return 0;
        }
        double size = m.legendSize();
        double width = m.contentWidth();
        double rowHeight = size * LEGEND_ROW_HEIGHT;
        double x = 0;
        double y = 0;
        if (!title.isEmpty()) {
            if (draw) {
                drawing.add(new Drawable.Text(x0, y0 + size * LOW_BASELINE, title, size, true, SlideColours.INK,
                        "legend-title"));
            }
            x = drawing.measure().width(title, size, true) + LEGEND_TITLE_GAP * size;
        }
        for (Briefing.LegendEntry entry : entries) {
            String text = drawing.fit().ellipsize(entry.text(), size, false, width - LEGEND_TEXT_INSET * size);
            double entryWidth = LEGEND_SWATCH_ADVANCE * size + drawing.measure().width(text, size, false);
            if (x > 0 && x + entryWidth > width) {
                x = 0;
                y += rowHeight;
            }
            if (draw) {
                sample(entry, x0 + x, y0 + y + size * LOW_BASELINE, size);
                drawing.add(new Drawable.Text(x0 + x + LEGEND_SWATCH_ADVANCE * size, y0 + y + size * LOW_BASELINE,
                        text, size, false, SlideColours.INK, "legend-entry"));
            }
            x += entryWidth + LEGEND_ENTRY_GAP * size;
        }
        return y + rowHeight;
    }
}
