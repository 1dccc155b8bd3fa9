package org.stancemap.render;

import java.util.Locale;

/**
 * An opaque colour as 0xRRGGBB, the one colour type every briefing writer understands.
 *
 * @param value red, green and blue in the low 24 bits
 */
public record Rgb(int value) {

    public Rgb {
        if ((value & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("colour must fit in 24 bits, was " + Integer.toHexString(value));
        }
    }

    /** "#0072B2" → that colour. */
    public static Rgb of(String hex) {
        return new Rgb(Integer.parseInt(hex.substring(1), 16));
    }

    public int red() {
        return value >> 16 & 0xFF;
    }

    public int green() {
        return value >> 8 & 0xFF;
    }

    public int blue() {
        return value & 0xFF;
    }

    /** This colour moved the given share (0–1) of the way towards the other. */
    public Rgb towards(Rgb other, double share) {
        return new Rgb(channel(red(), other.red(), share) << 16 | channel(green(), other.green(), share) << 8
                | channel(blue(), other.blue(), share));
    }

    /** "#0072B2", as SVG and CSS write it. */
    public String hex() {
        return String.format(Locale.ROOT, "#%06X", value);
    }

    private static int channel(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }
}
