package org.stancemap.importer;

import org.stancemap.model.DatePrecision;
import org.stancemap.model.CitationDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates debate cards and round-ups write: {@code 09.02.18}, {@code 6-14-2019}, {@code 6/14/19},
 * {@code July 2017}, {@code June 14, 2019}, {@code 14 June 2019}, {@code 2018}, {@code 2017-2018}.
 *
 * <p>Numeric dates are American (month first). Two-digit years below 50 are this century, the rest the last.
 * Every pattern is anchored and free of nested repetition, so reading never backtracks badly.
 */
final class CardDates {
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2}|\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) ([A-Za-z]{3,9})\\.? (\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4}) ?[-–—/] ?(\\d{2}|\\d{4})");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private CardDates() {
    }

    /** The date {@code text} denotes, or empty when it is not a date this reader knows. */
    static Optional<CitationDate> parse(String text) {
        String t = text.strip();
        if (t.length() > 40) {
            return Optional.empty();
        }
        try {
            return parseStrict(t);
        } catch (DateTimeException | NumberFormatException impossibleDate) {
            return Optional.empty(); // 02.30.18 and the like: shaped like a date, but none
        }
    }

    private static Optional<CitationDate> parseStrict(String t) {
        Matcher m = NUMERIC.matcher(t);
        if (m.matches()) {
            LocalDate day = LocalDate.of(year(m.group(4)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)));
            return Optional.of(CitationDate.day(t, day));
        }
        m = MONTH_DAY_YEAR.matcher(t);
        if (m.matches() && month(m.group(1)) > 0) {
            return Optional.of(CitationDate.day(t,
                    LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)))));
        }
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.matches() && month(m.group(2)) > 0) {
            return Optional.of(CitationDate.day(t,
                    LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)))));
        }
        m = MONTH_YEAR.matcher(t);
        if (m.matches() && month(m.group(1)) > 0) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
            return Optional.of(CitationDate.period(t, DatePrecision.MONTH, ym.atDay(1), ym.atEndOfMonth()));
        }
        m = YEAR.matcher(t);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            return Optional.of(CitationDate.period(t, DatePrecision.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
        }
        m = YEAR_RANGE.matcher(t);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2).length() == 2 ? from / 100 * 100 + Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(2));
            if (to > from) {
                return Optional.of(CitationDate.period(t, DatePrecision.RANGE, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)));
            }
        }
        return Optional.empty();
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return y;
        }
        return y < 50 ? 2000 + y : 1900 + y;
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }
}
