package org.stancemap.render;

import java.util.List;

/**
 * The chip colours, the same on screen and in every export: Okabe–Ito (colour-blind safe) for the colour
 * attribute's values in alphabetical order, black being kept for text; a neutral grey past the seventh value and a
 * light grey for voices without the tag. The window's stylesheet spells out the same hex values per style class.
 */
public final class Palette {

    /** The seven value colours, in the order the values are given them. */
    public static final List<Rgb> OKABE_ITO = List.of(Rgb.of("#0072B2"), Rgb.of("#E69F00"), Rgb.of("#009E73"),
            Rgb.of("#CC79A7"), Rgb.of("#56B4E9"), Rgb.of("#D55E00"), Rgb.of("#F0E442"));
    /** Values past the seventh. */
    public static final Rgb OTHER = Rgb.of("#5F6368");
    /** Voices without the colour attribute. */
    public static final Rgb UNSET = Rgb.of("#B8BCC2");

    private Palette() {
    }

    /**
     * The shape that goes with each colour, so that a greyscale print still tells the values apart: ● ■ ▲ ◆ ▼ ★ ✚ for
     * the seven colours, ○ past them and – without the tag. The window's stylesheet draws the same shapes.
     */
    public static final List<String> MARKERS = List.of("●", "■", "▲", "◆", "▼", "★", "✚");
    public static final String OTHER_MARKER = "○";
    public static final String UNSET_MARKER = "–";

    /** The shape drawn with a colour of this palette. */
    public static String markerOf(Rgb colour) {
        int index = OKABE_ITO.indexOf(colour);
        return index >= 0 ? MARKERS.get(index) : colour.equals(UNSET) ? UNSET_MARKER : OTHER_MARKER;
    }

    /** The colour of the value at this index in the alphabetical list of values present. */
    public static Rgb forIndex(int index) {
        return index >= 0 && index < OKABE_ITO.size() ? OKABE_ITO.get(index) : OTHER;
    }
}
