package org.stancemap.render;

/** The slide's own colours, around the colours chips take from their attribute ({@link AttributeColours}). */
final class SlideColours {

    static final Rgb INK = Rgb.of("#1B1F24");
    static final Rgb MUTED = Rgb.of("#4A5059");
    static final Rgb WHITE = Rgb.of("#FFFFFF");
    static final Rgb BAND_EVEN = Rgb.of("#F6F7F9");
    static final Rgb BAND_ODD = Rgb.of("#ECEEF2");
    static final Rgb BAND_EDGE = Rgb.of("#D5D9E0");
    /** A chip greyed because others are highlighted: fill, bar and name. */
    static final Rgb GREY_FILL = Rgb.of("#F1F2F4");
    static final Rgb GREY_BAR = Rgb.of("#C9CDD3");
    static final Rgb GREY_TEXT = Rgb.of("#9AA0A6");

    private SlideColours() {
    }
}
