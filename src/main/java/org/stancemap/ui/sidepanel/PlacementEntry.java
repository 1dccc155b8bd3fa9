package org.stancemap.ui.sidepanel;

import java.util.Objects;
import java.util.Optional;

/**
 * One placement as the side panel shows it, already formatted.
 *
 * @param position   "0.23"
 * @param band       the band's label, or empty on an unbanded spectrum
 * @param rationale  the phrase the placement rests on or the reason given for a move; may be empty
 * @param placedBy   who placed it
 * @param placedOn   the day it was placed, e.g. "23 November 2026"
 * @param confidence e.g. "80%", when stated
 */
public record PlacementEntry(String position, String band, String rationale, String placedBy, String placedOn,
                             Optional<String> confidence) {
    public PlacementEntry {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(placedBy, "placedBy");
        Objects.requireNonNull(placedOn, "placedOn");
        Objects.requireNonNull(confidence, "confidence");
    }

    /** "Partnership with limits · 0.23", or just "0.23" without a band. */
    public String summary() {
        return band.isEmpty() ? position : band + " · " + position;
    }

    /** "Placed by StanceMap editors · 23 November 2026 · confidence 80%". */
    public String provenance() {
        String by = placedBy.isBlank() ? "Placed" : "Placed by " + placedBy;
        return by + " · " + placedOn + confidence.map(c -> " · confidence " + c).orElse("");
    }
}
