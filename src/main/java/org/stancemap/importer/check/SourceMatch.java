package org.stancemap.importer.check;

import org.stancemap.model.Quote;
import org.stancemap.model.Voice;

import java.util.Objects;

/**
 * The source quote a card quote was cut from.
 *
 * @param voice      the voice the source has the quote from
 * @param quoteIndex the quote's index in {@code voice.quotes()}
 * @param quote      the source quote
 * @param wordShare  share of the card quote's own words (not its bracketed insertions) found, in order, in the
 *                   source quote; 1 for a faithful cut
 */
public record SourceMatch(Voice voice, int quoteIndex, Quote quote, double wordShare) {
    public SourceMatch {
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(quote, "quote");
    }
}
