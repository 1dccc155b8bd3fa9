package org.stancemap.importer.roundup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stancemap.importer.ImportWarning;

/**
 * What one format read from a document, before the registry adds which format it was and how sure it is.
 *
 * @param front       title, date, byline, URL and introduction
 * @param entries     the entries, in source order, experts or not
 * @param proposition the statement the experts vote on, for formats that have one (vote panels)
 * @param template    the spectrum this shape suggests
 * @param warnings    what could not be read, each with its 1-based line (0 for the whole document)
 */
public record FormatReading(FrontMatter front, List<DraftEntry> entries, Optional<String> proposition,
                            SpectrumTemplate template, List<ImportWarning> warnings) {
    public FormatReading {
        Objects.requireNonNull(front, "front");
        entries = List.copyOf(entries);
        Objects.requireNonNull(proposition, "proposition");
        Objects.requireNonNull(template, "template");
        warnings = List.copyOf(warnings);
    }
}
