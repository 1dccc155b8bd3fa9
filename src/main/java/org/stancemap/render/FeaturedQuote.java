package org.stancemap.render;

/**
 * A quote the user picked to feature on the slide.
 *
 * @param voiceId    whose quote
 * @param quoteIndex which of the voice's quotes, from 0 in article order
 */
public record FeaturedQuote(String voiceId, int quoteIndex) {

    public FeaturedQuote {
        if (quoteIndex < 0) {
            throw new IllegalArgumentException("a quote index counts from 0, was " + quoteIndex);
        }
    }
}
