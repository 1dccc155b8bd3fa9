package org.stancemap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.stancemap.layout.Beeswarm;
import org.stancemap.layout.ChipBox;
import org.stancemap.layout.ChipLayout;
import org.stancemap.layout.ChipMetrics;
import org.stancemap.layout.ChipSpec;
import org.stancemap.model.Voice;

import static org.stancemap.render.BriefingMetrics.CHIP_AXIS_GAP;
import static org.stancemap.render.BriefingMetrics.CHIP_BAR;
import static org.stancemap.render.BriefingMetrics.CHIP_BAR_RADIUS;
import static org.stancemap.render.BriefingMetrics.CHIP_GAP;
import static org.stancemap.render.BriefingMetrics.CHIP_HEIGHT;
import static org.stancemap.render.BriefingMetrics.CHIP_HIGHLIGHT_OUTLINE;
import static org.stancemap.render.BriefingMetrics.CHIP_MAX_EMS;
import static org.stancemap.render.BriefingMetrics.CHIP_MIN_NAME_SIZE;
import static org.stancemap.render.BriefingMetrics.CHIP_NAME_DROP;
import static org.stancemap.render.BriefingMetrics.CHIP_NAME_LEFT;
import static org.stancemap.render.BriefingMetrics.CHIP_NARROW_EMS;
import static org.stancemap.render.BriefingMetrics.CHIP_RADIUS;
import static org.stancemap.render.BriefingMetrics.CHIP_ROW_GAP;
import static org.stancemap.render.BriefingMetrics.CHIP_SHRINK;
import static org.stancemap.render.BriefingMetrics.CHIP_TINT;
import static org.stancemap.render.BriefingMetrics.MIN_HIGHLIGHT_OUTLINE;

/**
 * The plot: the axis line across the middle and one chip per placed voice, each at its position. When the chips do
 * not fit the plot at the full name size they are made narrower (longer names ellipsized), then the names smaller,
 * step by step, until every chip fits: names never overlap and never leave the plot.
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

    /** Places and paints the chips inside the plot rectangle; returns them in the order given. */
    List<Briefing.Chip> draw(List<Entry> entries, ChipBox plot) {
        TextMeasure measure = drawing.measure();
        double size = m.chipNameSize();
        ChipLayout layout;
        List<String> names = entries.stream().map(e -> measure.displayable(e.voice().shortName(), false)).toList();
        int attempt = 0;
        while (true) {
            double maxEms = attempt % 2 == 0 ? CHIP_MAX_EMS : CHIP_NARROW_EMS;
            ChipMetrics metrics = new ChipMetrics(CHIP_HEIGHT * size, maxEms * size, CHIP_GAP * size,
                    CHIP_ROW_GAP * size, CHIP_AXIS_GAP * size);
            List<ChipSpec> specs = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                specs.add(new ChipSpec(entry.voice().id(), clamp(entry.voice().placement().orElseThrow().position()),
                        measure.width(names.get(i), size, entry.highlighted()) + BriefingMetrics.chipPadding(size)));
            }
            layout = Beeswarm.place(specs, plot.width(), plot.height(), metrics);
            if (layout.height() <= plot.height() + 1e-9 || size < CHIP_MIN_NAME_SIZE) {
                break;
            }
            if (attempt % 2 == 1) {
                size *= CHIP_SHRINK;
            }
            attempt++;
        }
        double offsetY = plot.y() + (plot.height() - layout.height()) / 2;
        List<Briefing.Chip> chips = new ArrayList<>();
        drawing.add(new Drawable.Line(plot.x(), offsetY + layout.axisY(), plot.x() + plot.width(),
                offsetY + layout.axisY(), SlideColours.MUTED, m.axisWidth()));
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            ChipBox b = layout.boxes().get(i);
            ChipBox box = new ChipBox(b.id(), plot.x() + b.x(), offsetY + b.y(), b.width(), b.height());
            String label = drawing.fit().ellipsize(names.get(i), size, entry.highlighted(),
                    box.width() - BriefingMetrics.chipPadding(size));
            drawChip(box, label, size, entry);
            chips.add(new Briefing.Chip(entry.voice().id(), entry.voice().shortName(), box, label, entry.colour(),
                    entry.greyed(), entry.highlighted()));
        }
        return chips;
    }

    private void drawChip(ChipBox box, String label, double size, Entry entry) {
        Rgb fill = entry.greyed() ? SlideColours.GREY_FILL : entry.colour().towards(SlideColours.WHITE, CHIP_TINT);
        Rgb bar = entry.greyed() ? SlideColours.GREY_BAR : entry.colour();
        Rgb edge = entry.highlighted() ? SlideColours.INK : bar;
        double radius = box.height() * CHIP_RADIUS;
        drawing.add(new Drawable.Box(box.x(), box.y(), box.width(), box.height(), radius, fill, Optional.of(edge),
                entry.highlighted() ? Math.max(MIN_HIGHLIGHT_OUTLINE, CHIP_HIGHLIGHT_OUTLINE * size)
                        : BriefingMetrics.outline(size)));
        drawing.add(new Drawable.Box(box.x(), box.y(), CHIP_BAR * size, box.height(), radius * CHIP_BAR_RADIUS, bar,
                Optional.empty(), 0));
        drawing.add(new Drawable.Text(box.x() + CHIP_BAR * size + CHIP_NAME_LEFT * size,
                box.y() + box.height() / 2 + CHIP_NAME_DROP * size, label, size, entry.highlighted(),
                entry.greyed() ? SlideColours.GREY_TEXT : SlideColours.INK, "chip-label"));
    }

    private static double clamp(double position) {
        return Math.max(0, Math.min(1, position));
    }
}
