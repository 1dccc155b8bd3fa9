package org.stancemap.importer.text;

import java.util.List;
import java.util.Optional;

/**
 * One paragraph of a round-up's text: its lines, trimmed, and the citation it ends with, if any.
 *
 * @param text      the lines joined by single spaces, so that a hard-wrapped paragraph reads as one
 * @param firstLine 1-based number of its first line; its lines are consecutive
 * @param lines     its lines, each trimmed, in order
 * @param citation  the quote and citation when the paragraph ends with one
 */
public record Paragraph(String text, int firstLine, List<String> lines, Optional<CitedQuote> citation) {
    public Paragraph {
        lines = List.copyOf(lines);
    }

    public int lastLine() {
        return firstLine + lines.size() - 1;
    }

    public boolean isQuote() {
        return citation.isPresent();
    }
}
