package org.stancemap.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question and the axis its answers are placed on: a left and right label and named bands that tile 0–1.
 *
 * @param question   e.g. "How likely is a China-Russia military alliance?"
 * @param leftLabel  what position 0 means, e.g. "No alliance"
 * @param rightLabel what position 1 means, e.g. "De facto alliance"
 * @param bands      left to right, contiguous, covering 0–1 exactly; may be empty for an unbanded axis
 */
public record Spectrum(String question, String leftLabel, String rightLabel, List<Band> bands) {
    public Spectrum {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(leftLabel, "leftLabel");
        Objects.requireNonNull(rightLabel, "rightLabel");
        bands = List.copyOf(bands);
        if (!bands.isEmpty()) {
            double expected = 0.0;
            for (Band band : bands) {
                if (band.from() != expected) {
                    throw new IllegalArgumentException("band " + band.label() + " should start at " + expected
                            + " so that the bands tile the axis, but starts at " + band.from());
                }
                expected = band.to();
            }
            if (expected != 1.0) {
                throw new IllegalArgumentException("the last band must end at 1, but ends at " + expected);
            }
        }
    }

    /** A spectrum for a question not yet banded: the whole axis, no bands. */
    public static Spectrum unbanded(String question, String leftLabel, String rightLabel) {
        return new Spectrum(question, leftLabel, rightLabel, List.of());
    }

    public Optional<Band> bandAt(double position) {
        return bands.stream().filter(b -> b.contains(position)).findFirst();
    }
}
