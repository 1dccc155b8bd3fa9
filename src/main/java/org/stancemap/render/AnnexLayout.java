package org.stancemap.render;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.stancemap.model.Band;
import org.stancemap.model.Person;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.Voice;

/** Flows the annex's blocks down A4 pages, breaking between lines, never inside one. */
final class AnnexLayout {

    private static final double MARGIN = 50;
    private static final double WIDTH = QuoteAnnex.PAGE_WIDTH - 2 * MARGIN;
    private static final double BODY_TOP = 92;
    private static final double BODY_BOTTOM = QuoteAnnex.PAGE_HEIGHT - 56;
    private static final double INDENT = 14;
    private static final Rgb INK = SlideColours.INK;
    private static final Rgb MUTED = SlideColours.MUTED;
    private static final Rgb RULE = SlideColours.BAND_EDGE;
    /** The analyst's words are set off in this colour with a bar beside them, apart from the experts' words. */
    private static final Rgb ANALYST = Rgb.of("#8A4B08");

    private final Project project;
    private final BriefingOptions options;
    private final TextMeasure measure;
    private final List<List<Drawable>> bodies = new ArrayList<>();
    private List<Drawable> page;
    private double y;

    AnnexLayout(Project project, BriefingOptions options, TextMeasure measure) {
        this.project = project;
        this.options = options;
        this.measure = measure;
    }

    QuoteAnnex run(Briefing map) {
        newPage();
        double scale = Math.min(WIDTH / map.size().width(), 300.0 / map.size().height());
        QuoteAnnex.MapPlacement placed = new QuoteAnnex.MapPlacement(map, MARGIN, y, scale);
        double right = MARGIN + map.size().width() * scale;
        double bottom = y + map.size().height() * scale;
        // A frame of lines, not a filled box, so that the map drawn first is not painted over.
        page.add(new Drawable.Line(MARGIN, y, right, y, RULE, 0.75));
        page.add(new Drawable.Line(MARGIN, bottom, right, bottom, RULE, 0.75));
        page.add(new Drawable.Line(MARGIN, y, MARGIN, bottom, RULE, 0.75));
        page.add(new Drawable.Line(right, y, right, bottom, RULE, 0.75));
        y = bottom + 18;

        List<Voice> shown = project.voices().stream()
                .filter(v -> options.onlyVoices().map(ids -> ids.contains(v.id())).orElse(true)).toList();
        List<Band> bands = project.spectrum().bands().isEmpty()
                ? List.of(new Band("Placed", 0, 1, "")) : project.spectrum().bands();
        for (Band band : bands) {
            List<Voice> inBand = shown.stream()
                    .filter(v -> v.placement().map(p -> band.contains(p.position())).orElse(false))
                    .sorted(Comparator.comparingDouble((Voice v) -> v.placement().orElseThrow().position())
                            .thenComparing(Voice::displayName))
                    .toList();
            section(band.label(), String.format(Locale.ROOT, "%.2f–%.2f · %d %s", band.from(), band.to(),
                    inBand.size(), inBand.size() == 1 ? "expert" : "experts"), band.definition(), inBand);
        }
        List<Voice> unplaced = shown.stream().filter(v -> v.placement().isEmpty()).toList();
        if (!unplaced.isEmpty()) {
            section("Not yet placed", unplaced.size() + (unplaced.size() == 1 ? " expert" : " experts"), "", unplaced);
        }
        return finish(placed);
    }

    private void section(String label, String facts, String definition, List<Voice> voices) {
        room(60);
        y += 8;
        lines(label, 14, true, INK, MARGIN, WIDTH, "band-heading");
        lines(facts, 9, false, MUTED, MARGIN, WIDTH, "band-facts");
        if (!definition.isBlank()) {
            lines(definition, 9, false, MUTED, MARGIN, WIDTH, "band-definition");
        }
        page.add(new Drawable.Line(MARGIN, y + 2, MARGIN + WIDTH, y + 2, RULE, 0.75));
        y += 8;
        for (Voice voice : voices) {
            expert(voice);
        }
    }

    private void expert(Voice voice) {
        room(48);
        y += 6;
        lines(voice.displayName(), 11.5, true, INK, MARGIN, WIDTH, "expert-name");
        for (Person person : voice.people()) {
            String role = person.role().strip();
            if (!role.isEmpty()) {
                lines(voice.people().size() > 1 ? person.name() + ": " + role : role, 9, false, MUTED, MARGIN, WIDTH,
                        "expert-role");
            }
        }
        PlacementBasis.phrase(voice).ifPresent(phrase ->
                lines("Placement rests on: “" + phrase + "”", 9.5, false, INK, MARGIN, WIDTH, "placement-phrase"));
        y += 3;
        for (Quote quote : voice.quotes()) {
            lines(quote.text(), 9.5, false, INK, MARGIN + INDENT, WIDTH - INDENT, "quote");
            lines("— " + CitationText.citation(quote, project.roundUp()), 8, false, MUTED, MARGIN + INDENT,
                    WIDTH - INDENT, "citation");
            y += 4;
        }
        voice.placement().ifPresent(placement -> analyst(voice, placement));
        y += 6;
    }

    /** The analyst's part: who placed the expert where, and why in the analyst's own words, set off by a bar. */
    private void analyst(Voice voice, Placement placement) {
        room(24);
        List<Drawable> startPage = page;
        double top = y;
        String band = project.spectrum().bandAt(placement.position()).map(b -> ", " + b.label()).orElse("");
        String confidence = placement.confidence().isPresent()
                ? String.format(Locale.ROOT, ", confidence %.1f", placement.confidence().getAsDouble()) : "";
        String who = placement.placedBy().isBlank() ? "" : placement.placedBy().strip() + ", ";
        lines(String.format(Locale.ROOT, "Analyst’s placement (%s%s): %.2f%s%s", who,
                CitationText.day(LocalDate.ofInstant(placement.placedAt(), ZoneOffset.UTC)), placement.position(), band,
                confidence), 8.5, true, ANALYST, MARGIN + INDENT, WIDTH - INDENT, "analyst-label");
        Optional<String> reason = PlacementBasis.analystReason(voice);
        if (reason.isPresent()) {
            lines("Analyst’s rationale, not the expert’s words: " + reason.get(), 8.5, false, ANALYST,
                    MARGIN + INDENT, WIDTH - INDENT, "analyst-rationale");
        }
        // A block broken across pages gets its bar on the part that ends it, from the top of that page.
        double barTop = page == startPage ? top : BODY_TOP;
        page.add(new Drawable.Box(MARGIN + INDENT - 7, barTop + 1, 2, y - barTop - 1, 0, ANALYST, Optional.empty(), 0));
    }

    /** Wraps the text to the width and adds its lines, starting a new page whenever the next line would not fit. */
    private void lines(String raw, double size, boolean bold, Rgb colour, double x, double width, String role) {
        double lineHeight = size * 1.35;
        for (String line : wrap(measure.displayable(raw.strip(), bold), size, bold, width)) {
            if (y + lineHeight > BODY_BOTTOM) {
                newPage();
            }
            page.add(new Drawable.Text(x, y + size * 0.95, line, size, bold, colour, role));
            y += lineHeight;
        }
    }

    /** Greedy wrapping at spaces; a word wider than the line (a long URL, a run of CJK) is cut between characters. */
    List<String> wrap(String text, double size, boolean bold, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        double space = measure.width(" ", size, bold);
        for (String word : text.split("\\s+")) {
            // Widths add up (the fonts are drawn without kerning), so a line is measured a word at a time.
            double wordWidth = measure.width(word, size, bold);
            double candidate = line.isEmpty() ? wordWidth : lineWidth + space + wordWidth;
            if (candidate <= width) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
                lineWidth = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (measure.width(rest, size, bold) > width) {
                int cut = fitting(rest, size, bold, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
            lineWidth = measure.width(rest, size, bold);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many chars of the text fit the width: at least one code point, so wrapping always advances. */
    private int fitting(String text, double size, boolean bold, double width) {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (measure.width(text.substring(0, next), size, bold) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    private void room(double needed) {
        if (y + needed > BODY_BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        page = new ArrayList<>();
        bodies.add(page);
        y = BODY_TOP;
    }

    /** Adds each page's header and "Page n of N" footer, now that N is known. */
    private QuoteAnnex finish(QuoteAnnex.MapPlacement map) {
        String question = project.spectrum().question().isBlank()
                ? project.roundUp().title() : project.spectrum().question();
        String title = options.title().orElse(question);
        String reference = CitationText.roundUpReference(project.roundUp());
        String source = "Quote annex" + (reference.isEmpty() ? "" : " · Source: " + reference);
        TextFit fit = new TextFit(measure);
        List<QuoteAnnex.Page> pages = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            List<Drawable> drawables = new ArrayList<>();
            double top = 34;
            List<String> titleLines = fit.lines(title, 12, 10, true, WIDTH, 1);
            drawables.add(new Drawable.Text(MARGIN, top + 11, titleLines.get(0), fit.size(title, 12, 10, true, WIDTH),
                    true, INK, "header-title"));
            List<String> sourceLines = fit.lines(source, 8, 8, false, WIDTH, 2);
            for (int l = 0; l < sourceLines.size(); l++) {
                drawables.add(new Drawable.Text(MARGIN, top + 26 + l * 10.5, sourceLines.get(l), 8, false, MUTED,
                        "header-source"));
            }
            drawables.add(new Drawable.Line(MARGIN, BODY_TOP - 8, MARGIN + WIDTH, BODY_TOP - 8, RULE, 0.75));
            drawables.addAll(bodies.get(i));
            String number = "Page " + (i + 1) + " of " + bodies.size();
            drawables.add(new Drawable.Text(MARGIN + WIDTH / 2 - measure.width(number, 8, false) / 2,
                    QuoteAnnex.PAGE_HEIGHT - 30, number, 8, false, MUTED, "page-number"));
            pages.add(new QuoteAnnex.Page(i + 1, drawables, i == 0 ? Optional.of(map) : Optional.empty()));
        }
        return new QuoteAnnex(title, pages);
    }
}
