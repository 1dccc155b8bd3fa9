package org.stancemap.model;

import java.util.List;
import java.util.Objects;

/**
 * A policy-debate evidence card: a tag, the full cite of the article it was cut from, the cutter's initials and
 * the quotes of its body, each under the header of the voice the card gives it.
 *
 * @param tag    the claim the cutter wrote before the short cite; empty when the card has none (the seed card
 *               opens directly with its short cite)
 * @param cite   the source the card says it was cut from
 * @param cutter the cutter's initials as written, e.g. "ank"; empty when the card gives none
 * @param quotes the body split at its citations, in card order
 */
public record DebateCard(String tag, CardCite cite, String cutter, List<CardQuote> quotes) {
    public DebateCard {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(cite, "cite");
        Objects.requireNonNull(cutter, "cutter");
        quotes = List.copyOf(quotes);
    }
}
