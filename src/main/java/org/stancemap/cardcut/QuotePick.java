package org.stancemap.cardcut;

import java.util.Objects;

/**
 * One quote picked for a card: the voice's id and the quote's index among its quotes.
 *
 * @param voiceId    the voice the quote belongs to
 * @param quoteIndex its index in {@code voice.quotes()}, from 0
 */
public record QuotePick(String voiceId, int quoteIndex) {
    public QuotePick {
        Objects.requireNonNull(voiceId, "voiceId");
        if (quoteIndex < 0) {
            throw new IllegalArgumentException("a quote index cannot be negative, was " + quoteIndex);
        }
    }
}
