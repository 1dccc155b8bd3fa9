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

    /** The colour of the value at this index in the alphabetical list of values present. */
    public static Rgb forIndex(int index) {
        return index >= 0 && index < OKABE_ITO.size() ? OKABE_ITO.get(index) : OTHER;
    }
}
