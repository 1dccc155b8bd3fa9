package org.stancemap.importer.roundup;

import java.util.Objects;
import java.util.OptionalDouble;
import org.stancemap.model.Placement;

/**
 * A stance the expert stated themselves, as a vote panel records it: an answer such as "Agree" and how sure they
 * said they were. Such an entry is placed by the import, on the expert's own word.
 *
 * @param answer     the answer as printed, e.g. "Strongly agree"
 * @param position   where that answer sits on the agreement axis, 0 (strongly disagree) to 1 (strongly agree)
 * @param confidence the expert's stated confidence scaled to 0–1 (a 1–10 scale's 8 is 0.8), when given
 */
public record StatedStance(String answer, double position, OptionalDouble confidence) {
    public StatedStance {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(confidence, "confidence");
        if (!Placement.isValidPosition(position)) {
            throw new IllegalArgumentException("position must be between 0 and 1, was " + position);
        }
        if (confidence.isPresent() && !Placement.isValidPosition(confidence.getAsDouble())) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence.getAsDouble());
        }
    }
}
