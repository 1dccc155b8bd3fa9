package org.stancemap.importer.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stancemap.model.CitationDate;
import org.stancemap.model.DatePrecision;

/**
 * Reads a line that gives a date and nothing a reader would quote: "June 3, 2024", "Published: Feb. 11, 2024",
 * "Commentary | June 3, 2024", "Nov 12, 2024 · 6 min read". Web pages set such a line above or below a piece;
 * formats use it to date an entry, or to know that the line is nobody's words.
 */
public final class DateLine {

    /** A date line is short; a longer line is text that happens to hold a date. */
    public static final int MAX_LENGTH = 80;

    /** At most this many parts of a line ("Commentary | June 3, 2024 | 5 min read") are tried as the date. */
    private static final int PARTS = 4;
    private static final List<String> SEPARATORS = List.of(" · ", " | ", " • ", " — ", " – ");
    /** Words pages put before a date, lower case. */
    private static final List<String> LABELS = List.of("published on", "published", "posted on", "posted",
            "updated", "date", "on");

    private DateLine() {
    }

    /** The date {@code line} gives, in whichever of its parts holds it, or empty when it is not a date line. */
    public static Optional<CitationDate> read(String line) {
        if (line.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String rest = Paragraphs.singleSpaced(line);
        for (int part = 0; part < PARTS && !rest.isEmpty(); part++) {
            int cut = rest.length();
            int skip = 0;
            for (String separator : SEPARATORS) {
                int at = rest.indexOf(separator);
                if (at >= 0 && at < cut) {
                    cut = at;
                    skip = separator.length();
                }
            }
            CitationDate date = CitationDateReader.read(withoutLabel(rest.substring(0, cut)));
            if (date.precision() != DatePrecision.UNKNOWN) {
                return Optional.of(date);
            }
            rest = rest.substring(Math.min(rest.length(), cut + skip));
        }
        return Optional.empty();
    }

    private static String withoutLabel(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        for (String label : LABELS) {
            if (lower.startsWith(label) && part.length() > label.length()
                    && !Character.isLetterOrDigit(part.charAt(label.length()))) {
                String rest = Paragraphs.trim(part.substring(label.length()));
                return rest.startsWith(":") ? Paragraphs.trim(rest.substring(1)) : rest;
            }
        }
        return part;
    }
}
