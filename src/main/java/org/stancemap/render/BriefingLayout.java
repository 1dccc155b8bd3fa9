package org.stancemap.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.stancemap.layout.Beeswarm;
import org.stancemap.layout.ChipBox;
import org.stancemap.layout.ChipLayout;
import org.stancemap.layout.ChipMetrics;
import org.stancemap.layout.ChipSpec;
import org.stancemap.model.Band;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;

/**
 * Lays out a briefing slide: title, optional subtitle, the bands with their labels, the axis with its end labels,
 * every shown voice as a chip, the legend and the source line. Pure (no JavaFX, no AWT): the PNG, SVG and PDF
 * writers, the command line and the export dialog all draw what this returns.
 *
 * <p>Type is sized for a projected slide: at 1920×1080 the title is 44 px and chip names up to 24 px, and everything
 * scales with the canvas. When the chips do not fit at that size they are made narrower (longer names ellipsized),
 * then the names smaller, step by step, until every chip fits the plot: names never overlap and never leave it.
 */
public final class BriefingLayout {

    static final Rgb INK = Rgb.of("#1B1F24");
    static final Rgb MUTED = Rgb.of("#4A5059");
    static final Rgb WHITE = Rgb.of("#FFFFFF");
    private static final Rgb BAND_EVEN = Rgb.of("#F6F7F9");
    private static final Rgb BAND_ODD = Rgb.of("#ECEEF2");
    private static final Rgb BAND_EDGE = Rgb.of("#D5D9E0");
    private static final Rgb GREY_FILL = Rgb.of("#F1F2F4");
    private static final Rgb GREY_BAR = Rgb.of("#C9CDD3");
    private static final Rgb GREY_TEXT = Rgb.of("#9AA0A6");

    private final TextMeasure measure;
    private final TextFit fit;
    private final List<Drawable> out = new ArrayList<>();

    private BriefingLayout(TextMeasure measure) {
        this.measure = measure;
        this.fit = new TextFit(measure);
    }

    /** Lays out the project's briefing on a canvas of the given size, measuring text with {@code measure}. */
    public static Briefing layout(Project project, BriefingOptions options, CanvasSize size, TextMeasure measure) {
        return new BriefingLayout(measure).run(project, options, size);
    }

    private Briefing run(Project project, BriefingOptions options, CanvasSize size) {
        double w = size.width();
        double h = size.height();
        double u = Math.min(w / 1920, h / 1080);
        double margin = 48 * u;
        double textWidth = w - 2 * margin;
        out.add(new Drawable.Box(0, 0, w, h, 0, WHITE, Optional.empty(), 0));

        List<Voice> shown = project.voices().stream()
                .filter(v -> options.onlyVoices().map(ids -> ids.contains(v.id())).orElse(true)).toList();
        List<Voice> placed = shown.stream().filter(v -> v.placement().isPresent()).toList();

        String titleText = options.title().orElse(project.spectrum().question().isBlank()
                ? project.roundUp().title() : project.spectrum().question());
        double y = 36 * u;
        List<String> title = fit.lines(titleText, 44 * u, 32 * u, true, textWidth, 2);
        double titleSize = fit.size(titleText, 44 * u, 32 * u, true, textWidth);
        y = textBlock(title, margin, y, titleSize, true, INK, "title");
        Optional<String> subtitle = options.subtitle();
        if (subtitle.isPresent()) {
            y = textBlock(fit.lines(subtitle.get(), 26 * u, 26 * u, false, textWidth, 2), margin, y + 4 * u,
                    26 * u, false, MUTED, "subtitle");
        }
        y += 20 * u;

        // Footer, bottom up: source line, legend, end labels.
        String source = sourceLine(project, placed);
        double sourceSize = 18 * u;
        List<String> sourceLines = fit.lines(source, sourceSize, sourceSize, false, textWidth, 3);
        double footerBottom = h - 28 * u;
        double sourceTop = footerBottom - sourceLines.size() * sourceSize * 1.3;
        textBlock(sourceLines, margin, sourceTop, sourceSize, false, MUTED, "source");

        Map<String, Rgb> colours = colours(project.voices(), options.colourAttribute());
        List<Briefing.LegendEntry> legend = legend(placed, shown.size() - placed.size(), options, colours);
        double legendSize = 20 * u;
        double legendTop = sourceTop - 14 * u - legendHeight(legend, options, legendSize, textWidth);
        drawLegend(legend, options, margin, legendTop, legendSize, textWidth);

        double endSize = 18 * u;
        double endTop = legendTop - 14 * u - endSize * 1.3;

        double plotLeft = margin;
        double plotWidth = textWidth;
        double bandSize = 20 * u;
        List<List<String>> bandLabels = new ArrayList<>();
        int bandLines = 1;
        for (Band band : project.spectrum().bands()) {
            double room = (band.to() - band.from()) * plotWidth - 12 * u;
            List<String> lines = fit.lines(band.label(), bandSize, bandSize, true, Math.max(room, bandSize), 2);
            bandLabels.add(lines);
            bandLines = Math.max(bandLines, lines.size());
        }
        double bandTop = y;
        double plotTop = bandTop + bandLines * bandSize * 1.25 + 12 * u;
        double plotBottom = endTop - 6 * u;
        double plotHeight = Math.max(plotBottom - plotTop, 10 * u);

        List<Band> bands = project.spectrum().bands();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            double x0 = plotLeft + band.from() * plotWidth;
            double x1 = plotLeft + band.to() * plotWidth;
            out.add(new Drawable.Box(x0, bandTop, x1 - x0, plotBottom - bandTop, 0, i % 2 == 0 ? BAND_EVEN : BAND_ODD,
                    Optional.empty(), 0));
            if (i < bands.size() - 1) {
                out.add(new Drawable.Line(x1, bandTop, x1, plotBottom, BAND_EDGE, Math.max(1, u)));
            }
            double lineY = bandTop + 8 * u;
            for (String line : bandLabels.get(i)) {
                double lw = measure.width(line, bandSize, true);
                out.add(new Drawable.Text((x0 + x1) / 2 - lw / 2, lineY + bandSize * 0.95, line, bandSize, true,
                        INK, "band-label"));
                lineY += bandSize * 1.25;
            }
        }

        List<Briefing.Chip> chips = placeChips(placed, options, colours, plotLeft, plotTop, plotWidth, plotHeight, u);

        String left = "← " + measure.displayable(project.spectrum().leftLabel(), false);
        String right = measure.displayable(project.spectrum().rightLabel(), false) + " →";
        double endBaseline = endTop + endSize * 1.05;
        out.add(new Drawable.Text(plotLeft, endBaseline, left, endSize, false, MUTED, "end-label"));
        out.add(new Drawable.Text(plotLeft + plotWidth - measure.width(right, endSize, false), endBaseline, right,
                endSize, false, MUTED, "end-label"));

        return new Briefing(size, String.join(" ", title), subtitle, chips,
                new ChipBox("plot", plotLeft, plotTop, plotWidth, plotHeight), legend, String.join(" ", sourceLines),
                out);
    }

    private List<Briefing.Chip> placeChips(List<Voice> placed, BriefingOptions options, Map<String, Rgb> colours,
                                           double left, double top, double width, double height, double u) {
        boolean highlighting = !options.highlighted().isEmpty();
        double size = 24 * u;
        ChipLayout layout;
        ChipMetrics metrics;
        List<String> names = placed.stream().map(v -> measure.displayable(v.shortName(), false)).toList();
        int attempt = 0;
        while (true) {
            double maxEms = attempt % 2 == 0 ? 20 : 11;
            metrics = new ChipMetrics(1.6 * size, maxEms * size, 0.45 * size, 0.3 * size, 0.45 * size);
            List<ChipSpec> specs = new ArrayList<>();
            for (int i = 0; i < placed.size(); i++) {
                Voice voice = placed.get(i);
                boolean bold = options.highlighted().contains(voice.id());
                specs.add(new ChipSpec(voice.id(), clamp(voice.placement().orElseThrow().position()),
                        measure.width(names.get(i), size, bold) + padding(size)));
            }
            layout = Beeswarm.place(specs, width, height, metrics);
            if (layout.height() <= height + 1e-9 || size < 0.5) {
                break;
            }
            if (attempt % 2 == 1) {
                size *= 0.92;
            }
            attempt++;
        }
        double offsetY = top + (height - layout.height()) / 2;
        List<Briefing.Chip> chips = new ArrayList<>();
        out.add(new Drawable.Line(left, offsetY + layout.axisY(), left + width, offsetY + layout.axisY(), MUTED,
                Math.max(1.5, 2 * u)));
        for (int i = 0; i < placed.size(); i++) {
            Voice voice = placed.get(i);
            ChipBox b = layout.boxes().get(i);
            ChipBox box = new ChipBox(b.id(), left + b.x(), offsetY + b.y(), b.width(), b.height());
            boolean highlighted = options.highlighted().contains(voice.id());
            boolean greyed = highlighting && !highlighted;
            Rgb colour = colourOf(voice, options.colourAttribute(), colours);
            String label = fit.ellipsize(names.get(i), size, highlighted, box.width() - padding(size));
            drawChip(box, label, size, colour, greyed, highlighted, u);
            chips.add(new Briefing.Chip(voice.id(), voice.shortName(), box, label, colour, greyed, highlighted));
        }
        return chips;
    }

    private void drawChip(ChipBox box, String label, double size, Rgb colour, boolean greyed, boolean highlighted,
                          double u) {
        Rgb fill = greyed ? GREY_FILL : colour.towards(WHITE, 0.78);
        Rgb bar = greyed ? GREY_BAR : colour;
        Rgb edge = highlighted ? INK : bar;
        double radius = box.height() * 0.2;
        out.add(new Drawable.Box(box.x(), box.y(), box.width(), box.height(), radius, fill, Optional.of(edge),
                highlighted ? Math.max(1.5, 0.15 * size) : Math.max(0.75, 0.06 * size)));
        out.add(new Drawable.Box(box.x(), box.y(), 0.3 * size, box.height(), radius * 0.5, bar, Optional.empty(), 0));
        out.add(new Drawable.Text(box.x() + 0.3 * size + 0.4 * size, box.y() + box.height() / 2 + 0.36 * size, label,
                size, highlighted, greyed ? GREY_TEXT : INK, "chip-label"));
    }

    /** Colour bar, left pad and right pad of a chip around its name. */
    private static double padding(double size) {
        return 0.3 * size + 0.4 * size + 0.45 * size;
    }

    private List<Briefing.LegendEntry> legend(List<Voice> placed, int unplaced, BriefingOptions options,
                                              Map<String, Rgb> colours) {
        List<Briefing.LegendEntry> entries = new ArrayList<>();
        String attribute = options.colourAttribute();
        if (!attribute.isBlank() && !colours.isEmpty()) {
            Map<String, Integer> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            int unset = 0;
            for (Voice voice : placed) {
                Optional<String> value = valueOf(voice, attribute);
                if (value.isPresent()) {
                    counts.merge(value.get(), 1, Integer::sum);
                } else {
                    unset++;
                }
            }
            counts.forEach((value, count) -> entries.add(new Briefing.LegendEntry(
                    measure.displayable(value, false) + " (" + count + ")", colours.get(value))));
            if (unset > 0) {
                entries.add(new Briefing.LegendEntry("not set (" + unset + ")", Palette.UNSET));
            }
        }
        if (!options.highlighted().isEmpty()) {
            entries.add(new Briefing.LegendEntry("others, greyed", GREY_BAR));
        }
        if (unplaced > 0) {
            entries.add(new Briefing.LegendEntry(unplaced + " not yet placed, not shown", WHITE));
        }
        return entries;
    }

    private String legendTitle(BriefingOptions options) {
        String attribute = options.colourAttribute().strip();
        return attribute.isEmpty() ? "" : attribute.substring(0, 1).toUpperCase(Locale.ROOT) + attribute.substring(1) + ":";
    }

    private double legendHeight(List<Briefing.LegendEntry> legend, BriefingOptions options, double size, double width) {
        return flowLegend(legend, options, 0, 0, size, width, false);
    }

    private void drawLegend(List<Briefing.LegendEntry> legend, BriefingOptions options, double x, double y,
                            double size, double width) {
        flowLegend(legend, options, x, y, size, width, true);
    }

    /** Lays the legend out left to right, wrapping to new rows; returns its height and draws it when asked. */
    private double flowLegend(List<Briefing.LegendEntry> legend, BriefingOptions options, double x0, double y0,
                              double size, double width, boolean draw) {
        if (legend.isEmpty()) {
            return 0;
        }
        double rowHeight = size * 1.4;
        double x = 0;
        double y = 0;
        String title = measure.displayable(legendTitle(options), true);
        if (!title.isEmpty()) {
            if (draw) {
                out.add(new Drawable.Text(x0, y0 + size * 1.05, title, size, true, INK, "legend-title"));
            }
            x = measure.width(title, size, true) + 0.8 * size;
        }
        for (Briefing.LegendEntry entry : legend) {
            String text = fit.ellipsize(entry.text(), size, false, width - 1.6 * size);
            double entryWidth = 1.3 * size + measure.width(text, size, false);
            if (x > 0 && x + entryWidth > width) {
                x = 0;
                y += rowHeight;
            }
            if (draw) {
                double sw = 0.9 * size;
                out.add(new Drawable.Box(x0 + x, y0 + y + size * 1.05 - sw * 0.9, sw, sw, sw * 0.2, entry.colour(),
                        Optional.of(entry.colour().equals(WHITE) ? MUTED : entry.colour()), Math.max(0.75, 0.06 * size)));
                out.add(new Drawable.Text(x0 + x + 1.3 * size, y0 + y + size * 1.05, text, size, false, INK,
                        "legend-entry"));
            }
            x += entryWidth + 1.2 * size;
        }
        return y + rowHeight;
    }

    /** "Source: Russia Matters, “…”, 14 June 2019 · Placements: StanceMap editors, 23 November 2026". */
    static String sourceLine(Project project, List<Voice> placed) {
        List<String> parts = new ArrayList<>();
        String reference = CitationText.roundUpReference(project.roundUp());
        if (!reference.isEmpty()) {
            parts.add("Source: " + reference);
        }
        Set<String> analysts = new LinkedHashSet<>();
        Optional<Instant> latest = Optional.empty();
        for (Voice voice : placed) {
            Placement placement = voice.placement().orElseThrow();
            if (!placement.placedBy().isBlank()) {
                analysts.add(placement.placedBy().strip());
            }
            if (latest.isEmpty() || placement.placedAt().isAfter(latest.get())) {
                latest = Optional.of(placement.placedAt());
            }
        }
        if (!placed.isEmpty()) {
            String when = latest.map(i -> CitationText.day(LocalDate.ofInstant(i, ZoneOffset.UTC))).orElse("");
            String who = String.join(", ", analysts);
            parts.add("Placements: " + String.join(", ", who.isEmpty() ? List.of(when) : List.of(who, when)));
        }
        return String.join(" · ", parts);
    }

    private static Map<String, Rgb> colours(List<Voice> voices, String attribute) {
        Map<String, Rgb> colours = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (attribute.isBlank()) {
            return colours;
        }
        voices.forEach(v -> valueOf(v, attribute).ifPresent(value -> colours.put(value, Palette.OTHER)));
        int index = 0;
        for (Map.Entry<String, Rgb> entry : colours.entrySet()) {
            entry.setValue(Palette.forIndex(index++));
        }
        return colours;
    }

    private static Rgb colourOf(Voice voice, String attribute, Map<String, Rgb> colours) {
        if (attribute.isBlank()) {
            return Palette.OTHER;
        }
        return valueOf(voice, attribute).map(colours::get).orElse(Palette.UNSET);
    }

    private static Optional<String> valueOf(Voice voice, String attribute) {
        return Optional.ofNullable(voice.tags().get(attribute)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static double clamp(double position) {
        return Math.max(0, Math.min(1, position));
    }

    private double textBlock(List<String> lines, double x, double top, double size, boolean bold, Rgb colour,
                             String role) {
        double y = top;
        for (String line : lines) {
            out.add(new Drawable.Text(x, y + size * 0.95, line, size, bold, colour, role));
            y += size * 1.3;
        }
        return y;
    }
}
