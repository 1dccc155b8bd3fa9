package org.stancemap.layout;

/**
 * Where one chip goes, in plot coordinates: x from the plot's left edge, y from its top.
 *
 * @param id     the voice's id, as given in its {@link ChipSpec}
 * @param x      left edge
 * @param y      top edge
 * @param width  at most its band column's width and the metrics' maximum chip width
 * @param height the metrics' chip height
 */
public record ChipBox(String id, double x, double y, double width, double height) {

    public double centreX() {
        return x + width / 2;
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }
}
