package org.stancemap.render;

/**
 * How wide text is in the briefing font. The layout measures with it and every writer draws with the same font
 * file, so a name that fits in the layout fits in every format.
 */
public interface TextMeasure {

    /** The advance width of the text at this size, in pixels. */
    double width(String text, double size, boolean bold);

    /**
     * The text without invisible controls ({@link VisibleText}) and with characters the font cannot show replaced,
     * so no writer ever meets a missing glyph.
     */
    String displayable(String text, boolean bold);
}
