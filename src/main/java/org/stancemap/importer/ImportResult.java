package org.stancemap.importer;

import java.util.List;
import java.util.Objects;

/**
 * What an importer read, and what it could not.
 *
 * @param value    the imported value
 * @param warnings what could not be read, in input order
 */
public record ImportResult<T>(T value, List<ImportWarning> warnings) {
    public ImportResult {
        Objects.requireNonNull(value, "value");
        warnings = List.copyOf(warnings);
    }
}
