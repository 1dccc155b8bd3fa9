package org.stancemap.edit;

import java.util.Optional;

import org.stancemap.model.Project;

/**
 * One user action on a project — a move, a note, a retag — whether it comes from a drag, a key, a menu or the
 * command line. Projects are immutable, so a command maps the project before it to the project after it, and back.
 */
public interface Command {

    /** The project with this action applied. */
    Project execute(Project project);

    /** The project with this action taken back; {@code undo(execute(p))} equals {@code p}. */
    Project undo(Project project);

    /** What the action did, for Undo/Redo menu items, e.g. "Move Dmitri Trenin to Partnership with limits". */
    String description();

    /**
     * This action and {@code previous}, done just before it, as one action, when the user would call them one: ten
     * arrow-key nudges of one expert in a row are one move to undo. Empty (the default) keeps them apart.
     */
    default Optional<Command> mergedAfter(Command previous) {
        return Optional.empty();
    }
}
