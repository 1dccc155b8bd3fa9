package org.stancemap.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every chip goes on a plot, and how tall the plot must be to hold them all without overlap.
 *
 * @param boxes     one per chip, in the order the chips were given
 * @param height    the plot height needed: the height asked for, or more when the rows do not fit in it
 * @param axisY     where the axis line runs, from the plot's top: below the lowest row, near the plot's bottom
 * @param rows      how many rows were used
 * @param rowOf     the row each chip is shown in, by id, in the order the chips were given; row 0 is nearest the axis
 * @param displaced how many chips could not be shown in their stored row because it no longer fits their column
 */
public record ChipLayout(List<ChipBox> boxes, double height, double axisY, int rows, Map<String, Integer> rowOf,
                         int displaced) {
    public ChipLayout {
        boxes = List.copyOf(boxes);
        rowOf = Collections.unmodifiableMap(new LinkedHashMap<>(rowOf));
    }
}
