package org.stancemap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
 * The legend above the source line: what each chip colour means with how many shown voices carry it, that greyed
 * chips are the others when some are highlighted, and how many voices are not yet placed. Flows left to right,
 * wrapping to new rows.
 */
final class LegendBlock {

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
                    drawing.measure().displayable(value, false) + " (" + count + ")", colours.of(value))));
            if (unset > 0) {
                list.add(new Briefing.LegendEntry("not set (" + unset + ")", Palette.UNSET));
            }
        }
        if (!options.highlighted().isEmpty()) {
            list.add(new Briefing.LegendEntry("others, greyed", SlideColours.GREY_BAR));
        }
        if (unplaced > 0) {
            list.add(new Briefing.LegendEntry(unplaced + " not yet placed, not shown", SlideColours.WHITE));
        }
        return list;
    }

    private static String title(BriefingOptions options) {
        String attribute = options.colourAttribute().strip();
        return attribute.isEmpty() ? "" : attribute.substring(0, 1).toUpperCase(Locale.ROOT) + attribute.substring(1) + ":";
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
                double sw = LEGEND_SWATCH * size;
                drawing.add(new Drawable.Box(x0 + x, y0 + y + size * LOW_BASELINE - sw * LEGEND_SWATCH_RISE, sw, sw,
                        sw * LEGEND_SWATCH_RADIUS, entry.colour(),
                        Optional.of(entry.colour().equals(SlideColours.WHITE) ? SlideColours.MUTED : entry.colour()),
                        BriefingMetrics.outline(size)));
                drawing.add(new Drawable.Text(x0 + x + LEGEND_SWATCH_ADVANCE * size, y0 + y + size * LOW_BASELINE,
                        text, size, false, SlideColours.INK, "legend-entry"));
            }
            x += entryWidth + LEGEND_ENTRY_GAP * size;
        }
        return y + rowHeight;
    }
}
