package org.stancemap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.stancemap.importer.ImportResult;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.roundup.RoundUpDraft;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.importer.text.SourceText;
import org.stancemap.importer.UnreadableInputException;
import org.stancemap.model.Project;
import org.stancemap.store.ProjectFileException;
import org.stancemap.store.ProjectLock;
import org.stancemap.store.ProjectStore;

/** Reading and writing files for the commands, turning every failure into a one-sentence {@link UserError}. */
final class Inputs {

    private static final ProjectStore STORE = new ProjectStore();
    private static final RoundUpImporter IMPORTER = new RoundUpImporter();

    private Inputs() {
    }

    /** A file as read: a project, or text of the given kind still to import. */
    record Input(InputKind kind, Optional<Project> project, String text) {
    }

    /**
     * Reads a file of any kind: as {@code forced} says, else a project by its name, else text whose kind its shape
     * tells (a project file under another name is recognised by its opening brace).
     */
    static Input read(Path file, Optional<InputKind> forced) {
        if (forced.map(k -> k == InputKind.PROJECT).orElseGet(() -> InputKind.isProject(file, ""))) {
            return new Input(InputKind.PROJECT, Optional.of(loadProject(file)), "");
        }
        String text = readText(file);
        InputKind kind = forced.orElseGet(() -> InputKind.detect(file, text, IMPORTER.formats()));
        return kind == InputKind.PROJECT
                ? new Input(kind, Optional.of(readProject(text, file)), text)
                : new Input(kind, Optional.empty(), text);
    }

    static String readText(Path file) {
        try {
            return SourceText.read(file);
        } catch (UnreadableInputException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /**
     * The draft of a round-up's {@code text}, read from {@code file}: by the most sure format, or by the one named
     * {@code format}. Refused, naming every shape tried, when no expert entry was found: a round-up with no voice
     * is never a success.
     */
    static RoundUpDraft readRoundUp(Path file, String text, Optional<String> format) {
        String name = nameOf(file);
        RoundUpDraft draft = format.isEmpty() ? IMPORTER.draft(text, name)
                : IMPORTER.draft(text, name, IMPORTER.formats().named(format.get()).orElseThrow(() -> new UserError(
                        "There is no round-up format called \"" + format.get() + "\"; the formats are "
                                + IMPORTER.formats().names() + ".")));
        if (draft.voices().isEmpty()) {
            throw new UserError(name + ": " + IMPORTER.nothingFound());
        }
        return draft;
    }

    /** The project a draft proposes, with the import's warnings. */
    static ImportResult<Project> proposedProject(RoundUpDraft draft) {
        return IMPORTER.project(draft);
    }

    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static Project loadProject(Path file) {
        try {
            return STORE.load(file);
        } catch (ProjectFileException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private static Project readProject(String json, Path file) {
        try {
            return STORE.read(json, file.toString());
        } catch (ProjectFileException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** The right to load, change and save {@code file} while no one else does; see {@link ProjectStore#lock}. */
    static ProjectLock lock(Path file) {
        try {
            return STORE.lock(file);
        } catch (ProjectFileException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    static void save(Project project, Path file) {
        try {
            STORE.save(project, file);
        } catch (ProjectFileException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    static void printWarnings(PrintWriter err, Path source, List<ImportWarning> warnings) {
        printWarnings(err, source.toString(), warnings);
    }

    /** Each warning on a line of its own, {@code source:line: message}, as compilers print them. */
    static void printWarnings(PrintWriter err, String source, List<ImportWarning> warnings) {
        for (ImportWarning warning : warnings) {
            err.println(TerminalText.shown(source) + ":" + (warning.line() > 0 ? warning.line() + ": " : " ")
                    + TerminalText.shown(warning.message()));
        }
        err.flush();
    }

    static String formatPosition(double position) {
        return String.format(Locale.ROOT, "%.2f", position);
    }
}
