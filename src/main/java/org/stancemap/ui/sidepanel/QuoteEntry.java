package org.stancemap.ui.sidepanel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.stancemap.ui.map.SearchQuery;

/**
 * One quote as the side panel shows it.
 *
 * @param text                 the quote in full
 * @param citation             publication, date and the round-up it was read in, without a leading dash
 * @param citationForClipboard what "Copy citation" copies: the citation followed by the round-up's URL
 * @param roundUpUrl           the round-up's address, when known, for the link under the citation
 * @param placement            where this quote alone sits, e.g. "Alliance possible · 0.45", when it is placed
 * @param index                which of the voice's quotes this is, from 0 in article order
 * @param restsOn              the phrase the voice's placement rests on, when it is in this quote
 * @param searchMatches        the words of the map's search found in the text
 */
public record QuoteEntry(String text, String citation, String citationForClipboard, Optional<String> roundUpUrl,
                         Optional<String> placement, int index, Optional<SearchQuery.Span> restsOn,
                         List<SearchQuery.Span> searchMatches) {
    public QuoteEntry {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(citationForClipboard, "citationForClipboard");
        Objects.requireNonNull(roundUpUrl, "roundUpUrl");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(restsOn, "restsOn");
        searchMatches = List.copyOf(searchMatches);
    }

    /** The quote followed by its citation, for pasting as evidence. */
    public String textWithCitation() {
        return text + "\n— " + citationForClipboard;
    }
}
