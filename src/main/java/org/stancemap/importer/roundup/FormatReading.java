package org.stancemap.importer.roundup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stancemap.importer.ImportWarning;
import org.stancemap.model.Passage;

/**
 * What one format read from a document, before the registry adds which format it was and how sure it is.
 *
 * @param front       title, date, byline, URL and introduction
 * @param entries     the entries, in source order, experts or not
 * @param proposition the statement the experts vote on, for formats that have one (vote panels)
 * @param template    the spectrum this shape suggests
 * @param warnings    what could not be read, each with its 1-based line (0 for the whole document)
 * @param narrative   the round-up's own paragraphs between the entries, for formats that tell them from quotes
 */
public record FormatReading(FrontMatter front, List<DraftEntry> entries, Optional<String> proposition,
                            SpectrumTemplate template, List<ImportWarning> warnings, List<Passage> narrative) {
    public FormatReading {
        Objects.requireNonNull(front, "front");
        entries = List.copyOf(entries);
        Objects.requireNonNull(proposition, "proposition");
        Objects.requireNonNull(template, "template");
        warnings = List.copyOf(warnings);
        narrative = List.copyOf(narrative);
    }

    /** A reading that keeps no narrative between the entries. */
    public FormatReading(FrontMatter front, List<DraftEntry> entries, Optional<String> proposition,
                         SpectrumTemplate template, List<ImportWarning> warnings) {
        this(front, entries, proposition, template, warnings, List.of());
    }
}
