package org.stancemap.model;

import java.util.List;
import java.util.Objects;

/**
 * How a round-up's text was read into a project: which shape it was read as, how sure the reader was, and what
 * it could not read, kept so that the doubts of an import can be looked at again long after it.
 *
 * @param format     the shape the text was read as, e.g. "cited blocks"
 * @param source     how the user knew the text: a file name, or "pasted text"
 * @param confidence how sure the reader was of the shape, 0–1
 * @param warnings   what could not be read, in source order
 */
public record ImportRecord(String format, String source, double confidence, List<Warning> warnings) {
    public ImportRecord {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
        warnings = List.copyOf(warnings);
    }

    /**
     * Something the reader could not read, and where.
     *
     * @param line    1-based line of the text as read, or 0 for the whole text
     * @param message one sentence
     */
    public record Warning(int line, String message) {
        public Warning {
            if (line < 0) {
                throw new IllegalArgumentException("a line number cannot be negative, was " + line);
            }
            Objects.requireNonNull(message, "message");
        }
    }
}
