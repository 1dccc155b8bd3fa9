package org.stancemap.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits text to the room it has: a smaller size down to a floor, wrapping at spaces, then an ellipsis.
 *
 * <p>The text can be an article's, of any length, so every step measures the whole text a bounded number of times
 * and otherwise only what can fit: a 160,000-character name once took minutes when each character cut off meant
 * measuring the rest again.
 */
final class TextFit {

    private static final String ELLIPSIS = "…";

    private final TextMeasure measure;

    TextFit(TextMeasure measure) {
        this.measure = measure;
    }

    /** The largest size between max and min at which the text fits on one line; min when none does. */
    double size(String text, double max, double min, boolean bold, double width) {
        String shown = measure.displayable(text, bold);
        double size = max;
        while (size > min && measure.width(shown, size, bold) > width) {
            size = Math.max(min, size * 0.95);
        }
        return size;
    }

    /** The text at the size {@link #size} picks, wrapped at spaces to at most maxLines, the last ellipsized. */
    List<String> lines(String raw, double max, double min, boolean bold, double width, int maxLines) {
        String text = measure.displayable(raw.strip(), bold);
        double size = size(text, max, min, bold, width);
        List<String> lines = new ArrayList<>();
        String[] words = text.split("\\s+");
        String line = "";
        int next = 0;
        for (; next < words.length && lines.size() < maxLines - 1; next++) {
            String candidate = line.isEmpty() ? words[next] : line + " " + words[next];
            if (!line.isEmpty() && measure.width(candidate, size, bold) > width) {
                lines.add(line);
                line = words[next];
            } else {
                line = candidate;
            }
        }
        // The last line takes all the words left in one piece: growing it word by word re-measured it each time.
        if (next < words.length) {
            String rest = String.join(" ", Arrays.asList(words).subList(next, words.length));
            line = line.isEmpty() ? rest : line + " " + rest;
        }
        lines.add(line);
        lines.replaceAll(l -> ellipsize(l, size, bold, width));
        return lines;
    }

    /** The text cut to fit the width, ending in "…" when cut; empty when not even the ellipsis fits. */
    String ellipsize(String text, double size, boolean bold, double width) {
        // The tolerance absorbs rounding in (text + padding) − padding, which would otherwise cut names that fit.
        if (measure.width(text, size, bold) <= width + 1e-6) {
            return text;
        }
        if (!fits(text, 0, size, bold, width)) {
            return "";
        }
        // Cuts only get wider as they get longer, so the longest that fits is found by doubling a length that does
        // not fit, then halving the gap: measuring about as many characters as fit, never the whole text again.
        // As before, the cut always drops at least one character.
        int fits = 0;
        int tooLong = 1;
        while (tooLong < text.length() && fits(text, tooLong, size, bold, width)) {
            fits = tooLong;
            tooLong = Math.min(text.length(), tooLong * 2);
        }
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (fits(text, middle, size, bold, width)) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return cut(text, fits);
    }

    private boolean fits(String text, int end, double size, boolean bold, double width) {
        return measure.width(cut(text, end), size, bold) <= width;
    }

    /** The first {@code end} characters, never half a surrogate pair, without trailing space, and "…". */
    private static String cut(String text, int end) {
        int at = end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
        return text.substring(0, at).stripTrailing() + ELLIPSIS;
    }
}
