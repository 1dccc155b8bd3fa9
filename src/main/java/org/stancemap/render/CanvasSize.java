package org.stancemap.render;

/**
 * The size a briefing is laid out at, in pixels; a writer may draw it larger (a 2x PNG) without changing the layout.
 *
 * @param width  at least 320
 * @param height at least 240
 */
public record CanvasSize(int width, int height) {

    /** The map's own size when no slide preset is asked for: the window's map at its usual size. */
    public static final CanvasSize MAP = new CanvasSize(1280, 720);
    public static final CanvasSize SLIDE_16X9 = new CanvasSize(1920, 1080);
    public static final CanvasSize SLIDE_4X3 = new CanvasSize(1600, 1200);

    public CanvasSize {
        if (width < 320 || height < 240) {
            throw new IllegalArgumentException("a briefing needs at least 320×240 pixels, was " + width + "×" + height);
        }
    }
}
