package org.stancemap.importer;

import java.util.Objects;

/**
 * Something an importer could not read, and where.
 *
 * @param line    1-based line of the input it concerns, or 0 when it concerns the whole input
 * @param message one sentence a user understands
 */
public record ImportWarning(int line, String message) {
    public ImportWarning {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
