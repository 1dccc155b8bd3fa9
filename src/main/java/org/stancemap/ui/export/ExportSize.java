package org.stancemap.ui.export;

import org.stancemap.render.CanvasSize;

/** The sizes offered in the export dialog: the map as it is on screen at 1x–3x, or a slide preset. */
public enum ExportSize {
    MAP_1X("The map's size, 1x", 1),
    MAP_2X("The map's size, 2x", 2),
    MAP_3X("The map's size, 3x", 3),
    SLIDE_16X9("Slide 16:9, 1920 × 1080", 1),
    SLIDE_4X3("Slide 4:3, 1600 × 1200", 1);

    private final String label;
    private final int scale;

    ExportSize(String label, int scale) {
        this.label = label;
        this.scale = scale;
    }

    public int scale() {
        return scale;
    }

    /** The canvas laid out: a slide preset, or the map's on-screen size (no smaller than a canvas may be). */
    public CanvasSize canvas(double mapWidth, double mapHeight) {
        return switch (this) {
            case SLIDE_16X9 -> CanvasSize.SLIDE_16X9;
            case SLIDE_4X3 -> CanvasSize.SLIDE_4X3;
            default -> mapWidth > 0 && mapHeight > 0
                    ? new CanvasSize(Math.max(320, (int) Math.round(mapWidth)), Math.max(240, (int) Math.round(mapHeight)))
                    : CanvasSize.MAP;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
