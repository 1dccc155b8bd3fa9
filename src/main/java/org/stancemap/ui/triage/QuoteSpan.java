package org.stancemap.ui.triage;

/**
 * A stretch of one of the current expert's quotes: the word cursor, or the words selected as the rationale.
 *
 * @param quote index of the quote among the expert's quotes
 * @param start index of its first character in the quote
 * @param end   index just past its last character
 */
public record QuoteSpan(int quote, int start, int end) {
}
