package org.stancemap.importer.check;

import org.stancemap.model.DebateCard;

import java.util.List;
import java.util.Objects;

/**
 * The integrity of a debate card against the round-up it cites: for every card quote, the source quote it came
 * from and how the card departs from it.
 *
 * @param card   the card checked
 * @param quotes one check per card quote, in card order
 */
public record CardReport(DebateCard card, List<QuoteCheck> quotes) {
    public CardReport {
        Objects.requireNonNull(card, "card");
        quotes = List.copyOf(quotes);
    }

    /** True when every card quote is in the source, under the voice and citation the card gives, unaltered. */
    public boolean isClean() {
        return quotes.stream().allMatch(QuoteCheck::isClean);
    }

    /** Every finding, in card order. */
    public List<CardFinding> findings() {
        return quotes.stream().flatMap(q -> q.findings().stream()).toList();
    }

    public List<CardFinding> findings(CardFinding.Kind kind) {
        return findings().stream().filter(f -> f.kind() == kind).toList();
    }
}
