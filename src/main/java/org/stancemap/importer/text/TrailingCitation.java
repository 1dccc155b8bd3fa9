package org.stancemap.importer.text;

import java.util.Arrays;
import java.util.Optional;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.DatePrecision;

/**
 * Finds the citation a quote paragraph ends with: {@code (Publication, date)}.
 *
 * <p>A closing parenthesis alone does not make a citation: headers end in {@code (MGIMO)}, {@code (2017-2018)}
 * or {@code (a think tank …)}. A citation has a publication, a comma and a date, and the date either reads
 * ({@code 12.14.18}, {@code July 2017}) or at least looks like one (short, with a digit, not starting in
 * lower case), in which case it is kept with an unknown date so that the importer can warn about it.
 */
public final class TrailingCitation {

    /** A citation is short; scanning back further than this would only cost time on hostile input. */
    public static final int MAX_CITATION_LENGTH = 400;

    /** How many of the last commas may start the date, as in "(New York Times, June 14, 2019)". */
    private static final int DATE_COMMAS = 3;

    private static final int MAX_UNREADABLE_DATE_LENGTH = 24;

    private TrailingCitation() {
    }

    /** The quote and citation {@code paragraph} ends with, if it ends with one. */
    public static Optional<CitedQuote> read(String paragraph) {
        int close = closingParenthesis(paragraph);
        if (close < 0) {
            return Optional.empty();
        }
        int open = openingParenthesis(paragraph, close);
        if (open < 0) {
            return Optional.empty();
        }
        String inside = paragraph.substring(open + 1, close);
        return citation(inside).map(citation ->
                new CitedQuote(Paragraphs.trim(paragraph.substring(0, open)), citation));
    }

    /** Index of the ')' that ends the paragraph, allowing one full stop after it; -1 if none. */
    private static int closingParenthesis(String paragraph) {
        int end = paragraph.length() - 1;
        while (end >= 0 && Paragraphs.isBlank(paragraph.charAt(end))) {
            end--;
        }
        if (end >= 1 && paragraph.charAt(end) == '.' && paragraph.charAt(end - 1) == ')') {
            end--;
        }
        return end >= 0 && paragraph.charAt(end) == ')' ? end : -1;
    }

    /** Index of the '(' matching the ')' at {@code close}, looking back at most {@link #MAX_CITATION_LENGTH}. */
    private static int openingParenthesis(String paragraph, int close) {
        int depth = 0;
        int limit = Math.max(0, close - MAX_CITATION_LENGTH);
        for (int i = close; i >= limit; i--) {
            char c = paragraph.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static Optional<Citation> citation(String inside) {
        int[] commas = lastCommas(inside);
        int lastComma = -1;
        for (int comma : commas) {
            if (comma < 0) {
                continue;
            }
            lastComma = comma;
            String publication = Paragraphs.trim(inside.substring(0, comma));
            CitationDate date = CitationDateReader.read(Paragraphs.trim(inside.substring(comma + 1)));
            if (!publication.isEmpty() && date.precision() != DatePrecision.UNKNOWN) {
                return Optional.of(new Citation(publication, date, inside));
            }
        }
        if (lastComma < 0) {
            return Optional.empty();
        }
        String publication = Paragraphs.trim(inside.substring(0, lastComma));
        String dateText = Paragraphs.trim(inside.substring(lastComma + 1));
        if (publication.isEmpty() || !looksLikeDate(dateText)) {
            return Optional.empty();
        }
        return Optional.of(new Citation(publication, CitationDate.unknown(dateText), inside));
    }

    /** Up to {@link #DATE_COMMAS} comma positions, leftmost first so that the longest date is tried first. */
    private static int[] lastCommas(String inside) {
        int[] commas = new int[DATE_COMMAS];
        Arrays.fill(commas, -1);
        int found = 0;
        for (int i = inside.length() - 1; i >= 0 && found < DATE_COMMAS; i--) {
            if (inside.charAt(i) == ',') {
                commas[DATE_COMMAS - 1 - found] = i;
                found++;
            }
        }
        return commas;
    }

    /** "Spring 2018" or "13.45.18" look like dates that could not be read; "in 2014 and 2015" is prose. */
    private static boolean looksLikeDate(String text) {
        if (text.isEmpty() || text.length() > MAX_UNREADABLE_DATE_LENGTH || Character.isLowerCase(text.charAt(0))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
