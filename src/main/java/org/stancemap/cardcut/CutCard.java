package org.stancemap.cardcut;

import java.util.List;
import java.util.Objects;

/**
 * A debate card cut from a map.
 *
 * @param tag        the claim the user typed
 * @param shortCite  author and year, e.g. "Roblin 18"
 * @param fullCite   the full cite without its parentheses: who, their qualifications, the original publication
 *                   and date, then via the round-up's authors, date, title, publisher and URL
 * @param cutter     the cutter's initials; empty when not given
 * @param paragraphs the body, one paragraph per quote, in the order picked
 */
public record CutCard(String tag, String shortCite, String fullCite, String cutter, List<Paragraph> paragraphs) {
    public CutCard {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(shortCite, "shortCite");
        Objects.requireNonNull(fullCite, "fullCite");
        Objects.requireNonNull(cutter, "cutter");
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * One quote of the body, with its attribution.
     *
     * @param header   the voice's header ("Name, Role"); empty when the paragraph before is the same voice's
     * @param text     the quote verbatim, as the round-up prints it
     * @param citation where it was first published, as the round-up cites it, without parentheses
     */
    public record Paragraph(String header, String text, String citation) {
        public Paragraph {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(citation, "citation");
        }

        /** The paragraph as a card prints it: header, quote, citation in parentheses. */
        public String plain() {
            return (header.isEmpty() ? "" : header + " ") + text + (citation.isEmpty() ? "" : " (" + citation + ")");
        }
    }

    /** "Roblin 18 (Sebastien Roblin, …) ank". */
    public String citeLine() {
        return shortCite + " (" + fullCite + ")" + (cutter.isEmpty() ? "" : " " + cutter);
    }

    /** The card as plain text: tag, cite line, then the body's paragraphs, each on its own line. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        if (!tag.isBlank()) {
            out.append(tag.strip()).append('\n');
        }
        out.append(citeLine()).append('\n');
        paragraphs.forEach(p -> out.append(p.plain()).append('\n'));
        return out.toString();
    }
}
