package org.stancemap.render;

import java.util.List;
import java.util.Optional;

/**
 * The parts a briefing slide may add to the map, each switched on by the user.
 *
 * @param bandCounts      how many shown voices sit in each band, and their share, under the band labels
 * @param bandDefinitions a footnote with each band's one-sentence definition
 * @param featured        quotes shown in pull-quote boxes with a leader to their chip; at most {@link #MAX_FEATURED}
 * @param takeaway        a line under the title saying what the map shows, when present
 * @param quoteSlide      a PowerPoint export adds a second slide with the featured quotes in full
 */
public record SlideParts(boolean bandCounts, boolean bandDefinitions, List<FeaturedQuote> featured,
                         Optional<String> takeaway, boolean quoteSlide) {

    /** Three boxes side by side are the most that leave each quote readable on a projected slide. */
    public static final int MAX_FEATURED = 3;

    public SlideParts {
        featured = List.copyOf(featured);
        if (featured.size() > MAX_FEATURED) {
            throw new IllegalArgumentException("at most " + MAX_FEATURED + " quotes can be featured, not "
                    + featured.size());
        }
        takeaway = takeaway.map(String::strip).filter(t -> !t.isEmpty());
    }

    /** The map alone, as before these parts existed. */
    public static SlideParts none() {
        return new SlideParts(false, false, List.of(), Optional.empty(), false);
    }

    public SlideParts withBandCounts(boolean on) {
        return new SlideParts(on, bandDefinitions, featured, takeaway, quoteSlide);
    }

    public SlideParts withBandDefinitions(boolean on) {
        return new SlideParts(bandCounts, on, featured, takeaway, quoteSlide);
    }

    public SlideParts withFeatured(List<FeaturedQuote> quotes) {
        return new SlideParts(bandCounts, bandDefinitions, quotes, takeaway, quoteSlide);
    }

    public SlideParts withTakeaway(Optional<String> text) {
        return new SlideParts(bandCounts, bandDefinitions, featured, text, quoteSlide);
    }

    public SlideParts withQuoteSlide(boolean on) {
        return new SlideParts(bandCounts, bandDefinitions, featured, takeaway, on);
    }
}
