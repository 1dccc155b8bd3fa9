package org.stancemap.layout;

/**
 * The sizes a chip layout works with, all in pixels.
 *
 * @param chipHeight    height of every chip
 * @param maxChipWidth  widest a chip may be; the caller shortens or wraps a wider label to fit
 * @param horizontalGap least space between two chips side by side in one row
 * @param rowGap        space between two rows, and above the top row
 * @param axisGap       space between the axis line and the lowest row, and below the axis for its ticks
 */
public record ChipMetrics(double chipHeight, double maxChipWidth, double horizontalGap, double rowGap, double axisGap) {
    public ChipMetrics {
        requirePositive("chip height", chipHeight);
        requirePositive("maximum chip width", maxChipWidth);
        requireNotNegative("horizontal gap", horizontalGap);
        requireNotNegative("row gap", rowGap);
        requireNotNegative("axis gap", axisGap);
    }

    private static void requirePositive(String what, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(what + " must be positive and finite, was " + value);
        }
    }

    private static void requireNotNegative(String what, double value) {
        if (!(value >= 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(what + " must be finite and not negative, was " + value);
        }
    }
}
