package org.stancemap.model;

import java.util.Objects;

/**
 * A named range of the spectrum's axis.
 *
 * @param label      e.g. "Partnership with limits"
 * @param from       start of the range, inclusive
 * @param to         end of the range, exclusive except for the band that ends at 1
 * @param definition one sentence saying what a voice in this band holds
 */
public record Band(String label, double from, double to, String definition) {
    public Band {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(definition, "definition");
        if (!(Placement.isValidPosition(from) && Placement.isValidPosition(to) && from < to)) {
            throw new IllegalArgumentException("band " + label + " must span a range within 0–1, was " + from + "–" + to);
        }
    }

    public boolean contains(double position) {
        return position >= from && (position < to || (to == 1.0 && position == 1.0));
    }

    /** The middle of the range, rounded to nine decimals so that 0.2–0.4 gives 0.3, not 0.30000000000000004. */
    public double centre() {
        return Math.round((from + to) / 2 * 1e9) / 1e9;
    }
}
