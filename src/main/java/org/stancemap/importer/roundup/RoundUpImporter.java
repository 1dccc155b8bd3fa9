package org.stancemap.importer.roundup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.stancemap.importer.ImportResult;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.importer.text.SourceDocuments;
import org.stancemap.model.Project;
import org.stancemap.model.Spectrum;

/**
 * Imports a round-up of any shape StanceMap reads: the text becomes a {@link SourceDocument}, the registry's
 * most sure format reads it into a {@link RoundUpDraft}, and a draft becomes a project.
 *
 * <p>Never throws on any text. The window shows the draft for review before making the project; the command
 * line and the card check take the project as proposed.
 */
public final class RoundUpImporter {

    /** How pasted text is named in messages and in the project's import record. */
    public static final String PASTED = "pasted text";

    private final RoundUpFormats formats;
    private final Clock clock;

    public RoundUpImporter() {
        this(RoundUpFormats.standard(), Clock.systemUTC());
    }

    public RoundUpImporter(RoundUpFormats formats, Clock clock) {
        this.formats = Objects.requireNonNull(formats, "formats");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public RoundUpFormats formats() {
        return formats;
    }

    /** The draft of {@code text}, read by the most sure format; {@code sourceName} names it in messages. */
    public RoundUpDraft draft(String text, String sourceName) {
        return formats.read(SourceDocuments.of(text, sourceName));
    }

    /** The draft of {@code text} read as {@code format}, as when the user says which shape it has. */
    public RoundUpDraft draft(String text, String sourceName, RoundUpFormat format) {
        return formats.read(SourceDocuments.of(text, sourceName), format);
    }

    /**
     * The project {@code draft} proposes: its question on its proposed spectrum, voices placed only where the
     * experts stated their stance. When no voice was found, the warnings say which shapes were tried.
     */
    public ImportResult<Project> project(RoundUpDraft draft) {
        Spectrum spectrum = draft.proposedTemplate().spectrum(draft.proposedQuestion());
        Project project = DraftAssembly.project(draft, spectrum, clock.instant());
        List<ImportWarning> warnings = new ArrayList<>(draft.warnings());
        if (project.voices().isEmpty()) {
            warnings.add(0, new ImportWarning(0, nothingFound()));
        }
        return new ImportResult<>(project, warnings);
    }

    /** {@link #project(RoundUpDraft)} of the draft of pasted {@code text}. */
    public ImportResult<Project> importText(String text) {
        return project(draft(text, PASTED));
    }

    /** The sentence for a text in which no format found an expert entry, naming every shape tried. */
    public String nothingFound() {
        return "No expert entry was found in any shape StanceMap reads: " + formats.shapesTried() + ".";
    }
}
