package org.stancemap.importer.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stancemap.model.CitationDate;
import org.stancemap.model.DatePrecision;

/**
 * Reads the date part of a citation at the precision it is written in.
 *
 * <p>The text is cut into tokens (numbers, month names, separators) and the sequence of token kinds, its
 * <em>shape</em>, decides the reading: {@code 12.14.18} is "n.n.n", {@code July 2017} is "my",
 * {@code May-June 2018} is "m-my". Numeric day dates are read month first, as the round-ups write them.
 * Scanning tokens instead of matching regular expressions keeps the cost linear in the text's length.
 */
public final class CitationDateReader {

    /** Longer texts are prose, not a date; refusing them early bounds the work. */
    public static final int MAX_DATE_LENGTH = 64;

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    private CitationDateReader() {
    }

    /** The date {@code text} denotes, or {@link DatePrecision#UNKNOWN} when it cannot be read. */
    public static CitationDate read(String text) {
        if (text.length() > MAX_DATE_LENGTH) {
            return CitationDate.unknown(text);
        }
        Tokens tokens = tokenize(text.toLowerCase(Locale.ROOT));
        if (tokens == null) {
            return CitationDate.unknown(text);
        }
        try {
            return readShape(text, tokens);
        } catch (DateTimeException e) {
            return CitationDate.unknown(text); // 02.30.18 and the like: shaped like a date, but no such day
        }
    }

    private static CitationDate readShape(String text, Tokens t) {
        List<Integer> n = t.numbers;
        List<Integer> m = t.months;
        return switch (t.shape.toString()) {
            case "n.n.n", "n/n/n", "n-n-n", "n.n.y", "n/n/y", "n-n-y" ->
                    CitationDate.day(text, LocalDate.of(year(n.get(2), t.digits.get(2)), n.get(0), n.get(1)));
            case "y-n-n", "y.n.n", "y/n/n" -> CitationDate.day(text, LocalDate.of(n.get(0), n.get(1), n.get(2)));
            case "y" -> years(text, DatePrecision.YEAR, n.get(0), n.get(0));
            case "y-y", "y/y" -> years(text, DatePrecision.RANGE, n.get(0), n.get(1));
            case "y-n", "y/n" -> years(text, DatePrecision.RANGE, n.get(0), sameCentury(n.get(0), n.get(1)));
            case "my" -> months(text, DatePrecision.MONTH, YearMonth.of(n.get(0), m.get(0)), YearMonth.of(n.get(0), m.get(0)));
            case "m-my", "m/my" -> months(text, DatePrecision.RANGE, YearMonth.of(n.get(0), m.get(0)), YearMonth.of(n.get(0), m.get(1)));
            case "my-my" -> months(text, DatePrecision.RANGE, YearMonth.of(n.get(0), m.get(0)), YearMonth.of(n.get(1), m.get(1)));
            case "mny", "mn,y" -> CitationDate.day(text, LocalDate.of(n.get(1), m.get(0), n.get(0)));
            case "nmy", "nm,y" -> CitationDate.day(text, LocalDate.of(n.get(1), m.get(0), n.get(0)));
            case "mn-ny", "mn-n,y" -> days(text, LocalDate.of(n.get(2), m.get(0), n.get(0)), LocalDate.of(n.get(2), m.get(0), n.get(1)));
            default -> CitationDate.unknown(text);
        };
    }

    private static CitationDate years(String text, DatePrecision precision, int first, int last) {
        return period(text, precision, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    private static CitationDate months(String text, DatePrecision precision, YearMonth first, YearMonth last) {
        return period(text, precision, first.atDay(1), last.atEndOfMonth());
    }

    private static CitationDate days(String text, LocalDate first, LocalDate last) {
        return period(text, DatePrecision.RANGE, first, last);
    }

    private static CitationDate period(String text, DatePrecision precision, LocalDate start, LocalDate end) {
        return end.isBefore(start) ? CitationDate.unknown(text) : CitationDate.period(text, precision, start, end);
    }

    /** Two-digit years: 00–69 are this century, 70–99 the last, so that the result never depends on today. */
    private static int year(int value, int digits) {
        if (digits > 2) {
            return value;
        }
        return value <= 69 ? 2000 + value : 1900 + value;
    }

    /** "2017-18": the short end year shares the start year's century. */
    private static int sameCentury(int start, int shortEnd) {
        return start - start % 100 + shortEnd;
    }

    /** Token kinds: n = 1–2 digit number, y = 4-digit year, m = month name, or a separator . / - , */
    private static final class Tokens {
        final StringBuilder shape = new StringBuilder();
        final List<Integer> numbers = new ArrayList<>();
        final List<Integer> digits = new ArrayList<>();
        final List<Integer> months = new ArrayList<>();
    }

    /** The tokens of {@code lower}, or null when it holds anything a date cannot contain. */
    private static Tokens tokenize(String lower) {
        Tokens tokens = new Tokens();
        int i = 0;
        while (i < lower.length()) {
            char c = lower.charAt(i);
            if (c >= '0' && c <= '9') {
                int end = i;
                while (end < lower.length() && lower.charAt(end) >= '0' && lower.charAt(end) <= '9') {
                    end++;
                }
                int length = end - i;
                if (length != 1 && length != 2 && length != 4) {
                    return null;
                }
                tokens.shape.append(length == 4 ? 'y' : 'n');
                tokens.numbers.add(Integer.parseInt(lower, i, end, 10));
                tokens.digits.add(length);
                i = end;
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
                    end++;
                }
                int month = month(lower.substring(i, end));
                if (month == 0) {
                    return null;
                }
                tokens.shape.append('m');
                tokens.months.add(month);
                i = end;
                if (i < lower.length() && lower.charAt(i) == '.') {
                    i++; // "Sept." and "Dec.": the abbreviation's dot is not a separator
                }
            } else if (c == '-' || c == '\u2013' || c == '\u2014') {
                tokens.shape.append('-');
                i++;
            } else if (c == '.' || c == '/' || c == ',') {
                tokens.shape.append(c);
                i++;
            } else if (Paragraphs.isBlank(c)) {
                i++;
            } else {
                return null;
            }
        }
        return tokens;
    }

    /** 1–12 for a month's full name, its three-letter abbreviation or "sept"; 0 otherwise. */
    private static int month(String word) {
        for (int k = 0; k < MONTHS.length; k++) {
            String name = MONTHS[k];
            if (word.equals(name) || (word.length() == 3 && name.startsWith(word))
                    || (k == 8 && word.equals("sept"))) {
                return k + 1;
            }
        }
        return 0;
    }
}
