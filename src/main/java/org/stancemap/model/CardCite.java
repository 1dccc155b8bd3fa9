package org.stancemap.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A debate card's cite: the short cite the card is known by and the full cite in parentheses after it, e.g.
 * {@code RM 6/14 (RM, citing over 50 experts’ opinions …, 6-14-2019, "Expert Round-Up: …," Russia Matters, https://…)}.
 *
 * @param shortCite   author and date as the card's heading gives them, e.g. "RM 6/14"; empty when missing
 * @param author      the full cite's first part, e.g. "RM"; empty when missing
 * @param description what the cutter says about the author or the evidence between author and date, e.g.
 *                    "citing over 50 experts’ opinions on the China-Russia military alliance"; possibly empty
 * @param date        the publication date at its real precision, its text as written ("6-14-2019")
 * @param title       the article title without its quotation marks and trailing comma; empty when missing
 * @param publisher   who published it, e.g. "Russia Matters", when given
 * @param url         where it was published, when given
 * @param raw         the full cite exactly as written, without its parentheses; empty when the card has none
 */
public record CardCite(String shortCite, String author, String description, CitationDate date, String title,
                       Optional<String> publisher, Optional<String> url, String raw) {
    public CardCite {
        Objects.requireNonNull(shortCite, "shortCite");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(raw, "raw");
    }

    /** The cite of a card whose heading could not be read at all. */
    public static CardCite missing() {
        return new CardCite("", "", "", CitationDate.unknown(""), "", Optional.empty(), Optional.empty(), "");
    }
}
