package org.stancemap.layout;

import java.util.Objects;

/**
 * One chip to place: which voice it shows, where on the axis it belongs, and how wide its label is.
 *
 * @param id         the voice's id; ties between chips at the same position are broken by it
 * @param position   0–1 along the axis
 * @param labelWidth the chip's natural width as the caller measured it (text plus padding), in pixels
 */
public record ChipSpec(String id, double position, double labelWidth) {
    public ChipSpec {
        Objects.requireNonNull(id, "id");
        if (!(position >= 0.0 && position <= 1.0)) {
            throw new IllegalArgumentException("position of " + id + " must be within 0–1, was " + position);
        }
        if (!(labelWidth >= 0.0 && Double.isFinite(labelWidth))) {
            throw new IllegalArgumentException("label width of " + id + " must be finite and not negative, was " + labelWidth);
        }
    }
}
