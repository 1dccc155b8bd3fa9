package org.stancemap.importer.check;

import org.stancemap.model.DebateCard;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The integrity of a debate card against the round-up it cites: for every card quote, the source quote it came
 * from and how the card departs from it.
 *
 * @param card   the card checked
 * @param cite   how the card's full cite departs from the round-up's metadata; empty when it agrees or the card
 *               cites another article
 * @param quotes one check per card quote, in card order; a card quote that runs on into another source quote
 *               (its citation dropped) has one check per part, all with its index
 */
public record CardReport(DebateCard card, List<CardFinding> cite, List<QuoteCheck> quotes) {
    public CardReport {
        Objects.requireNonNull(card, "card");
        cite = List.copyOf(cite);
        quotes = List.copyOf(quotes);
    }

    /**
     * True when the cite agrees with the round-up and every card quote is in the source, under the voice and
     * citation the card gives, unaltered.
     */
    public boolean isClean() {
        return cite.isEmpty() && quotes.stream().allMatch(QuoteCheck::isClean);
    }

    /** Every finding, in card order: the cite's first. */
    public List<CardFinding> findings() {
        return Stream.concat(cite.stream(), quotes.stream().flatMap(q -> q.findings().stream())).toList();
    }

    public List<CardFinding> findings(CardFinding.Kind kind) {
        return findings().stream().filter(f -> f.kind() == kind).toList();
    }
}
