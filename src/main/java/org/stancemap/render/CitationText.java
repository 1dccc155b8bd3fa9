package org.stancemap.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.stancemap.model.CitationDate;
import org.stancemap.model.Quote;
import org.stancemap.model.RoundUp;

/**
 * A quote's citation as a reader sees it, the same in the side panel, the CSV export and the image exports:
 * {@code The National Interest, 14 December 2018 · via Russia Matters, “Expert Round-Up: …”, 14 June 2019}.
 *
 * <p>The strings carry no leading dash: a citation stands alone in a CSV cell or on the clipboard, and whoever
 * prints it under its quote adds the "— " there. Dates keep their real precision, so a citation never claims a day
 * its source does not give. Missing parts are left out together with their separators.
 */
public final class CitationText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private CitationText() {
    }

    /** Original publication and date, then "via" the round-up it was read in; parts that are missing are left out. */
    public static String citation(Quote quote, RoundUp roundUp) {
        String original = joinPresent(", ", quote.citation().publication(), date(quote.citation().date()));
        String via = roundUpReference(roundUp);
        return joinPresent(" · ", original, via.isEmpty() ? "" : "via " + via);
    }

    /** Original publication and date only, for a slide whose source line already names the round-up. */
    public static String original(Quote quote) {
        return joinPresent(", ", quote.citation().publication(), date(quote.citation().date()));
    }

    /** {@link #citation} followed by the round-up's URL, when it has one: what "Copy citation" puts on the clipboard. */
    public static String citationWithUrl(Quote quote, RoundUp roundUp) {
        return joinPresent(", ", citation(quote, roundUp), roundUp.url().orElse(""));
    }

    /**
     * A citation date at its own precision: "14 December 2018", "July 2017", "2018"; a range or an unreadable date
     * as written, since a range's words ("2017-2018", "winter 2019") say more than its bounds.
     */
    public static String date(CitationDate date) {
        return switch (date.precision()) {
            case DAY -> day(date.start().orElseThrow());
            case MONTH -> MONTH.format(date.start().orElseThrow());
            case YEAR -> Integer.toString(date.start().orElseThrow().getYear());
            case RANGE, UNKNOWN -> date.text().strip();
        };
    }

    /** A day as citations print it: "14 June 2019". */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** The round-up as a source: {@code Russia Matters, “Title”, 14 June 2019}; empty when nothing is known. */
    public static String roundUpReference(RoundUp roundUp) {
        String title = roundUp.title().strip();
        return joinPresent(", ",
                roundUp.publisher().orElse(""),
                title.isEmpty() ? "" : "“" + title + "”",
                roundUp.date().map(CitationText::day).orElse(""));
    }

    /** "Simon Saradzhyan and Angelina Flood", "A, B and C", or empty. */
    public static String authors(RoundUp roundUp) {
        List<String> names = roundUp.authors().stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String joinPresent(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (!part.isBlank()) {
                present.add(part.strip());
            }
        }
        return String.join(separator, present);
    }
}
