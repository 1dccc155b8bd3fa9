package org.stancemap.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.stancemap.model.Project;

/**
 * The current project and the commands that led to it: unlimited undo and redo, and a saved point from which
 * the unsaved-changes flag follows without further bookkeeping.
 *
 * <p>Not thread-safe: the window uses it on the FX thread, the command line on its one thread.
 */
public final class CommandHistory {

    private Project project;
    private final Deque<Command> done = new ArrayDeque<>();
    private final Deque<Command> undone = new ArrayDeque<>();
    /** How many commands were done when the project was last saved; -1 when that state can no longer be reached. */
    private int savedAt;
    private final List<Consumer<Project>> listeners = new ArrayList<>();

    public CommandHistory(Project project) {
        this.project = Objects.requireNonNull(project, "project");
    }

    public Project project() {
        return project;
    }

    /**
     * Applies the command and makes it the one Undo takes back; anything that could have been redone is dropped.
     * A command that {@linkplain Command#mergedAfter merges} with the last one replaces it, unless the project was
     * saved between them: undo must still be able to reach what is on disk.
     */
    public void execute(Command command) {
        Optional<Command> merged = done.isEmpty() || savedAt == done.size()
                ? Optional.empty() : command.mergedAfter(done.peek());
        if (merged.isPresent()) {
            project = merged.get().execute(done.pop().undo(project));
            done.push(merged.get());
        } else {
            project = command.execute(project);
            done.push(command);
        }
        if (savedAt > done.size() - 1) {
            savedAt = -1; // the saved state was on the redo branch we are discarding
        }
        undone.clear();
        changed();
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(done.peek()).map(Command::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(undone.peek()).map(Command::description);
    }

    public void undo() {
        if (done.isEmpty()) {
            return;
        }
        Command command = done.pop();
        project = command.undo(project);
        undone.push(command);
        changed();
    }

    public void redo() {
        if (undone.isEmpty()) {
            return;
        }
        Command command = undone.pop();
        project = command.execute(project);
        done.push(command);
        changed();
    }

    /** Records that the current project is what is on disk now. */
    public void markSaved() {
        savedAt = done.size();
        changed();
    }

    /** Where the history stands now: take it when a save starts, and hand it to {@link #markSaved(SavePoint)} after. */
    public SavePoint savePoint() {
        return new SavePoint(commandsInEffect());
    }

    /**
     * Records that the project as it was at {@code point} is what is on disk now: a save that ran in the background
     * while the user went on editing leaves those edits unsaved. When the user undid past the point meanwhile, the
     * saved state is out of reach and the project counts as unsaved.
     */
    public void markSaved(SavePoint point) {
        List<Command> now = commandsInEffect();
        List<Command> then = point.inEffect();
        savedAt = now.size() >= then.size() && now.subList(0, then.size()).equals(then) ? then.size() : -1;
        changed();
    }

    /** The commands in effect when a save started. */
    public record SavePoint(List<Command> inEffect) {
        public SavePoint {
            inEffect = List.copyOf(inEffect);
        }
    }

    /** Records that nothing on disk holds the current project, e.g. a new or restored one, until the next save. */
    public void markUnsaved() {
        savedAt = -1;
        changed();
    }

    public boolean hasUnsavedChanges() {
        return savedAt != done.size();
    }

    /** The commands that are in effect now, oldest first — replaying them on the original project gives {@link #project()}. */
    public List<Command> commandsInEffect() {
        List<Command> inEffect = new ArrayList<>(done);
        Collections.reverse(inEffect);
        return inEffect;
    }

    /** Called with the new project after every execute, undo, redo and markSaved. */
    public void addListener(Consumer<Project> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private void changed() {
        for (Consumer<Project> listener : List.copyOf(listeners)) {
            listener.accept(project);
        }
    }
}
