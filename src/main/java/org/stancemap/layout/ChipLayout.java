package org.stancemap.layout;

import java.util.List;

/**
 * Where every chip goes on a plot, and how tall the plot must be to hold them all without overlap.
 *
 * @param boxes  one per chip, in the order the chips were given
 * @param height the plot height needed: the height asked for, or more when the rows do not fit in it
 * @param axisY  where the axis line runs, from the plot's top; always {@code height / 2}
 * @param rows   how many rows were used, above and below the axis together
 */
public record ChipLayout(List<ChipBox> boxes, double height, double axisY, int rows) {
    public ChipLayout {
        boxes = List.copyOf(boxes);
    }
}
