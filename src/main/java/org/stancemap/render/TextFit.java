package org.stancemap.render;

import java.util.ArrayList;
import java.util.List;

/** Fits text to the room it has: a smaller size down to a floor, wrapping at spaces, then an ellipsis. */
final class TextFit {

    private static final String ELLIPSIS = "…";

    private final TextMeasure measure;

    TextFit(TextMeasure measure) {
        this.measure = measure;
    }

    /** The largest size between max and min at which the text fits on one line; min when none does. */
    double size(String text, double max, double min, boolean bold, double width) {
        double size = max;
        while (size > min && measure.width(measure.displayable(text, bold), size, bold) > width) {
            size = Math.max(min, size * 0.95);
        }
        return size;
    }

    /** The text at the size {@link #size} picks, wrapped at spaces to at most maxLines, the last ellipsized. */
    List<String> lines(String raw, double max, double min, boolean bold, double width, int maxLines) {
        String text = measure.displayable(raw.strip(), bold);
        double size = size(text, max, min, bold, width);
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && lines.size() < maxLines - 1 && measure.width(candidate, size, bold) > width) {
                lines.add(line);
                line = word;
            } else {
                line = candidate;
            }
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
        int end = text.length();
        while (end > 0) {
            end = Character.isLowSurrogate(text.charAt(end - 1)) && end > 1 ? end - 2 : end - 1;
            String cut = text.substring(0, end).stripTrailing() + ELLIPSIS;
            if (measure.width(cut, size, bold) <= width) {
                return cut;
            }
        }
        return "";
    }
}
