package org.stancemap.model;

import java.util.Objects;

/**
 * Where a quote was originally published, as the round-up cites it.
 *
 * @param publication e.g. "The National Interest"
 * @param date        the date at its real precision, with its original text
 * @param raw         the citation exactly as written, without its parentheses, e.g. "The National Interest, 12.14.18"
 */
public record Citation(String publication, CitationDate date, String raw) {
    public Citation {
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(raw, "raw");
    }
}
