package org.stancemap.edit;

import java.util.List;
import java.util.Objects;

import org.stancemap.model.Project;

/** Several commands that undo and redo as one, e.g. a move together with the note explaining it. */
public record CompoundCommand(String description, List<Command> parts) implements Command {

    public CompoundCommand {
        Objects.requireNonNull(description, "description");
        parts = List.copyOf(parts);
    }

    @Override
    public Project execute(Project project) {
        Project result = project;
        for (Command part : parts) {
            result = part.execute(result);
        }
        return result;
    }

    @Override
    public Project undo(Project project) {
        Project result = project;
        for (int i = parts.size() - 1; i >= 0; i--) {
            result = parts.get(i).undo(result);
        }
        return result;
    }
}
