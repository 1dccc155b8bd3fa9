package org.stancemap.importer.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One paragraph of a source: its lines, trimmed, and the citation it ends with, if any.
 *
 * @param text      the lines joined by single spaces, so that a hard-wrapped paragraph reads as one
 * @param firstLine 1-based number of its first line; its lines are consecutive
 * @param lines     its lines, each trimmed, in order
 * @param citation  the quote and citation when the paragraph ends with one
 * @param kind      what the markup says its first line is
 * @param lead      the emphasised words it starts with, or ""
 */
public record Paragraph(String text, int firstLine, List<String> lines, Optional<CitedQuote> citation, LineKind kind,
                        String lead) {
    public Paragraph {
        lines = List.copyOf(lines);
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lead, "lead");
    }

    /** A paragraph of plain text: no markup, nothing emphasised. */
    public Paragraph(String text, int firstLine, List<String> lines, Optional<CitedQuote> citation) {
        this(text, firstLine, lines, citation, LineKind.TEXT, "");
    }

    public int lastLine() {
        return firstLine + lines.size() - 1;
    }

    public boolean isQuote() {
        return citation.isPresent();
    }
}
