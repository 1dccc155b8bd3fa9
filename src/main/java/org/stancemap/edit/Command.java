package org.stancemap.edit;

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
}
