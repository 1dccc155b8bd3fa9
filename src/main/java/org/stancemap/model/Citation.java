package org.stancemap.model;

import java.util.Objects;

/**
 * Where a quote was originally published, as the round-up cites it.
 *
 * @param publication e.g. "The National Interest"
 * @param date        the date at its real precision, with its original text
 * @param raw         the citation exactly as written, without its parentheses, e.g. "The National Interest, 12.14.18";
 *                    empty when the round-up gives the quote without a citation
 */
public record Citation(String publication, CitationDate date, String raw) {
    public Citation {
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(raw, "raw");
    }

    /** No citation: the round-up gives the quote as said to it, so the round-up itself is the source. */
    public static Citation unstated() {
        return new Citation("", CitationDate.unknown(""), "");
    }

    /** False for {@link #unstated()}: the quote names no publication and no date of its own. */
    public boolean isStated() {
        return !(publication.isBlank() && raw.isBlank() && date.text().isBlank());
    }
}
