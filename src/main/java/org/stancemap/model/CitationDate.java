package org.stancemap.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as a citation writes it, kept at its real precision.
 *
 * <p>{@code start} and {@code end} bound the period the text denotes: a day has start == end, a month runs from
 * its first to its last day, a range from the first day of its first part to the last day of its last part.
 *
 * @param text      the date exactly as written, e.g. "12.14.18" or "July 2017"
 * @param precision how much of the date is known
 * @param start     first day of the period, empty when {@link DatePrecision#UNKNOWN}
 * @param end       last day of the period, empty when {@link DatePrecision#UNKNOWN}
 */
public record CitationDate(String text, DatePrecision precision, Optional<LocalDate> start, Optional<LocalDate> end) {
    public CitationDate {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if ((precision == DatePrecision.UNKNOWN) != start.isEmpty() || start.isPresent() != end.isPresent()) {
            throw new IllegalArgumentException("a known date needs both start and end; an unknown one neither");
        }
        if (start.isPresent() && end.get().isBefore(start.get())) {
            throw new IllegalArgumentException("date period ends before it starts: " + text);
        }
    }

    public static CitationDate day(String text, LocalDate day) {
        return new CitationDate(text, DatePrecision.DAY, Optional.of(day), Optional.of(day));
    }

    public static CitationDate period(String text, DatePrecision precision, LocalDate start, LocalDate end) {
        return new CitationDate(text, precision, Optional.of(start), Optional.of(end));
    }

    public static CitationDate unknown(String text) {
        return new CitationDate(text, DatePrecision.UNKNOWN, Optional.empty(), Optional.empty());
    }

    /** ISO form at the date's precision: "2018-12-14", "2017-07", "2018", "2017/2018", or "" when unknown. */
    public String iso() {
        if (start.isEmpty()) {
            return "";
        }
        LocalDate s = start.get();
        return switch (precision) {
            case DAY -> s.toString();
            case MONTH -> s.toString().substring(0, 7);
            case YEAR -> Integer.toString(s.getYear());
            case RANGE -> s + "/" + end.get();
            case UNKNOWN -> "";
        };
    }
}
