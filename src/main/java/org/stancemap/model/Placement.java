package org.stancemap.model;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A position on the spectrum's 0–1 axis, and why, by whom and when it was given.
 *
 * @param position   0 is the spectrum's left end, 1 its right end
 * @param rationale  the phrase the placement rests on, or the analyst's reason for a move; may be empty
 * @param confidence how sure the analyst is, 0–1, when stated
 * @param placedBy   who placed it, e.g. an analyst's name
 * @param placedAt   when it was placed
 */
public record Placement(double position, String rationale, OptionalDouble confidence, String placedBy, Instant placedAt) {
    public Placement {
        if (!isValidPosition(position)) {
            throw new IllegalArgumentException("position must be between 0 and 1, was " + position);
        }
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(placedBy, "placedBy");
        Objects.requireNonNull(placedAt, "placedAt");
        if (confidence.isPresent() && !isValidPosition(confidence.getAsDouble())) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence.getAsDouble());
        }
    }

    public static boolean isValidPosition(double value) {
        return value >= 0.0 && value <= 1.0; // false for NaN too
    }
}
