package org.stancemap.edit;

import java.util.Map;

import org.stancemap.model.Project;

/**
 * Packs the chips' rows afresh, as the map was laid out on first sight: the one step that may move many chips at
 * once, and only when the user asks for it. Undo puts every row back.
 */
public record TidyUpCommand(Map<String, Integer> rowsBefore, Map<String, Integer> rowsAfter) implements Command {

    public TidyUpCommand {
        rowsBefore = Map.copyOf(rowsBefore);
        rowsAfter = Map.copyOf(rowsAfter);
    }

    /** Tidies {@code project} into {@code packed}, the rows a fresh layout gives its chips. */
    public static TidyUpCommand of(Project project, Map<String, Integer> packed) {
        return new TidyUpCommand(project.rows(), packed);
    }

    @Override
    public Project execute(Project project) {
        return project.withRows(rowsAfter);
    }

    @Override
    public Project undo(Project project) {
        return project.withRows(rowsBefore);
    }

    @Override
    public String description() {
        return "Tidy Up";
    }
}
