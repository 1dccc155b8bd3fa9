package org.stancemap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.SourceText;
import org.stancemap.importer.UnreadableInputException;
import org.stancemap.model.Project;
import org.stancemap.store.ProjectFileException;
import org.stancemap.store.ProjectStore;

/** Reading and writing files for the commands, turning every failure into a one-sentence {@link UserError}. */
final class Inputs {

    private static final ProjectStore STORE = new ProjectStore();

    private Inputs() {
    }

    static String readText(Path file) {
        try {
            return SourceText.read(file);
        } catch (UnreadableInputException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    static Project loadProject(Path file) {
        try {
            return STORE.load(file);
        } catch (ProjectFileException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    static Project readProject(String json, Path file) {
        try {
            return STORE.read(json, file.toString());
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
        for (ImportWarning warning : warnings) {
            err.println(source + ":" + (warning.line() > 0 ? warning.line() + ": " : " ") + warning.message());
        }
        err.flush();
    }

    static String formatPosition(double position) {
        return String.format(Locale.ROOT, "%.2f", position);
    }
}
