package org.stancemap.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How sure a placement is, in the steps a map shows without relying on colour: high (a filled chip), medium
 * (outlined), low (a dashed outline); a placement that states no confidence is dotted. The window and every export
 * draw the same steps.
 */
public enum ConfidenceLevel {
    HIGH, MEDIUM, LOW, UNSTATED;

    /** A placement at least this sure is high. */
    public static final double HIGH_FROM = 0.7;
    /** A placement at least this sure, and below {@link #HIGH_FROM}, is medium; anything less is low. */
    public static final double MEDIUM_FROM = 0.4;

    /** The level of a voice's placement; an absent placement states none. */
    public static ConfidenceLevel of(Optional<Placement> placement) {
        if (placement.isEmpty() || placement.get().confidence().isEmpty()) {
            return UNSTATED;
        }
        double value = placement.get().confidence().getAsDouble();
        return value >= HIGH_FROM ? HIGH : value >= MEDIUM_FROM ? MEDIUM : LOW;
    }

    /** "high", "medium", "low" or "not stated", as a legend or screen reader says it. */
    public String label() {
        return this == UNSTATED ? "not stated" : name().toLowerCase(Locale.ROOT);
    }

    /** "confidence high, 0.80": the level with the number it comes from. */
    public static String spoken(Placement placement) {
        ConfidenceLevel level = of(Optional.of(placement));
        return placement.confidence().isPresent()
                ? String.format(Locale.ROOT, "confidence %s, %.2f", level.label(), placement.confidence().getAsDouble())
                : "confidence not stated";
    }
}
