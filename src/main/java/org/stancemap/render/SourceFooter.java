package org.stancemap.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;

/** The source line at the foot of the slide: where the quotes come from and who placed the voices when. */
final class SourceFooter {

    private final SlideDrawing drawing;
    private final BriefingMetrics m;

    SourceFooter(SlideDrawing drawing, BriefingMetrics metrics) {
        this.drawing = drawing;
        this.m = metrics;
    }

    /** Draws the line, up to three lines tall, upwards from the foot of the slide. */
    SlideDrawing.Block draw(String source) {
        return drawing.blockAbove(source, m.margin(), m.contentWidth(), m.footerBottom(), m.sourceSize(), 3,
                SlideColours.MUTED, "source");
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
}
