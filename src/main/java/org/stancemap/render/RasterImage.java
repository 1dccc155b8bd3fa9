package org.stancemap.render;

/**
 * Pixels of a rendered briefing, for a screen to show without touching AWT.
 *
 * @param argb row by row, one int per pixel, 0xAARRGGBB
 */
public record RasterImage(int width, int height, int[] argb) {
}
