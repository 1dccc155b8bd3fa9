package org.stancemap.edit;

import java.util.Objects;

import org.stancemap.model.ChipRows;
import org.stancemap.model.Project;

/**
 * Packs the chips' rows afresh, as the map was laid out on first sight: the one step that may move many chips at
 * once, and only when the user asks for it. Undo puts every row back.
 */
public record TidyUpCommand(ChipRows rowsBefore, ChipRows rowsAfter) implements Command {

    public TidyUpCommand {
        Objects.requireNonNull(rowsBefore, "rowsBefore");
        Objects.requireNonNull(rowsAfter, "rowsAfter");
    }

    /** Tidies {@code project} into {@code packed}, the rows a fresh layout gives its chips and the room it makes. */
    public static TidyUpCommand of(Project project, ChipRows packed) {
        return new TidyUpCommand(project.chipRows(), packed);
    }

    @Override
    public Project execute(Project project) {
        return project.withChipRows(rowsAfter);
    }

    @Override
    public Project undo(Project project) {
        return project.withChipRows(rowsBefore);
    }

    @Override
    public String description() {
        return "Tidy Up";
    }
}
