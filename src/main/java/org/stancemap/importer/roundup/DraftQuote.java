package org.stancemap.importer.roundup;

import java.util.Objects;
import org.stancemap.model.Citation;

/**
 * A paragraph an entry said, with the lines it was read from.
 *
 * @param text      what was said, without its citation
 * @param citation  where it was first published, or {@link Citation#unstated()} when the round-up gives none
 * @param firstLine 1-based first line of the source it was read from
 * @param lastLine  1-based last line, at least {@code firstLine}
 */
public record DraftQuote(String text, Citation citation, int firstLine, int lastLine) {
    public DraftQuote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
        if (firstLine < 1 || lastLine < firstLine) {
            throw new IllegalArgumentException("lines " + firstLine + "–" + lastLine + " are not a range of lines");
        }
    }
}
