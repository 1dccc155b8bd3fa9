package org.stancemap.importer.check;

import org.stancemap.model.CardQuote;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What checking one card quote against the source found.
 *
 * @param index    the quote's index in the card, from 0
 * @param quote    the card quote
 * @param match    the source quote it was cut from; empty when the source holds no such quote
 * @param findings every departure from the source, in the card's order; empty when the quote is faithful
 */
public record QuoteCheck(int index, CardQuote quote, Optional<SourceMatch> match, List<CardFinding> findings) {
    public QuoteCheck {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(match, "match");
        findings = List.copyOf(findings);
    }

    public boolean isClean() {
        return findings.isEmpty();
    }
}
