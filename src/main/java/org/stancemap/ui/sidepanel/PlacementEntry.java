package org.stancemap.ui.sidepanel;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One placement as the side panel shows it, already formatted.
 *
 * @param position   "0.23"
 * @param band       the band's label, or empty on an unbanded spectrum
 * @param rationale  the phrase the placement rests on or the reason given for a move; may be empty
 * @param placedBy   who placed it
 * @param placedOn   the day it was placed, e.g. "23 November 2026"
 * @param confidence e.g. "80%", when stated
 * @param restsOnQuote the number (from 1) of the voice's quote that holds the rationale word for word, when one
 *                     does: the rationale is then the expert's own words, otherwise the analyst's reason
 */
public record PlacementEntry(String position, String band, String rationale, String placedBy, String placedOn,
                             Optional<String> confidence, OptionalInt restsOnQuote) {
    public PlacementEntry {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(placedBy, "placedBy");
        Objects.requireNonNull(placedOn, "placedOn");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(restsOnQuote, "restsOnQuote");
    }

    /** True when the rationale is a phrase from one of the expert's quotes, not words of the analyst's. */
    public boolean restsOnExpertsWords() {
        return restsOnQuote.isPresent() && !rationale.isEmpty();
    }

    /** "Analyst's reason — Jane Doe, 3 December 2026": whose judgement the reason is, and when it was given. */
    public String reasonHeading() {
        return "Analyst's reason — " + (placedBy.isBlank() ? "" : placedBy + ", ") + placedOn;
    }

    /** "Rests on the expert's words in quote 4". */
    public String evidenceHeading() {
        return "Rests on the expert's words" + (restsOnQuote.isPresent() ? " in quote " + restsOnQuote.getAsInt() : "");
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
