package org.stancemap.ui.sidepanel;

import java.util.Objects;
import java.util.Optional;

/**
 * One quote as the side panel shows it.
 *
 * @param text                 the quote in full
 * @param citation             publication, date and the round-up it was read in, without a leading dash
 * @param citationForClipboard what "Copy citation" copies: the citation followed by the round-up's URL
 * @param roundUpUrl           the round-up's address, when known, for the link under the citation
 * @param placement            where this quote alone sits, e.g. "Alliance possible · 0.45", when it is placed
 * @param index                which of the voice's quotes this is, from 0 in article order
 */
public record QuoteEntry(String text, String citation, String citationForClipboard, Optional<String> roundUpUrl,
                         Optional<String> placement, int index) {
    public QuoteEntry {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(citationForClipboard, "citationForClipboard");
        Objects.requireNonNull(roundUpUrl, "roundUpUrl");
        Objects.requireNonNull(placement, "placement");
    }

    /** The quote followed by its citation, for pasting as evidence. */
    public String textWithCitation() {
        return text + "\n— " + citationForClipboard;
    }
}
