package org.stancemap.ui.project;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stancemap.edit.Command;
import org.stancemap.edit.CommandHistory;
import org.stancemap.edit.MoveVoiceCommand;
import org.stancemap.edit.TidyUpCommand;
import org.stancemap.model.ChipRows;
import org.stancemap.render.SlideRows;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.render.FeaturedQuote;
import org.stancemap.store.BundledMap;
import org.stancemap.store.FileVersion;
import org.stancemap.store.LoadedProject;
import org.stancemap.store.ProjectFileException;
import org.stancemap.store.ProjectStore;
import org.stancemap.store.RecoveryStore;

/**
 * The open project: its file, its undo history, the selected voice, and the guarantee that no committed change
 * is lost — every change is copied to the recovery folder at once, and a save is atomic.
 *
 * <p>Used on the FX thread only. Recovery copies, and saves and opens started "in background", are written and
 * read on {@code background}; their results come back through {@code fxThread}.
 */
public final class ProjectViewModel {

    // Properties
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<Map<String, Integer>> rows = new ReadOnlyObjectWrapper<>(this, "rows", Map.of());
    private final ReadOnlyObjectWrapper<Optional<Path>> file =
            new ReadOnlyObjectWrapper<>(this, "file", Optional.empty());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper busy = new ReadOnlyStringWrapper(this, "busy", "");
    private final ObjectProperty<Voice> selectedVoice = new SimpleObjectProperty<>(this, "selectedVoice");
    private final ObservableList<FeaturedQuote> featuredQuotes = FXCollections.observableArrayList();

    private final ProjectStore store;
    private final RecoveryStore recovery;
    private final Clock clock;
    private final Executor background;
    private final Executor fxThread;
    private CommandHistory history;
    private String displayName;
    /** What the file held when read or last saved; empty when unknown (a restored recovery copy, a new project). */
    private Optional<FileVersion> fileVersion = Optional.empty();

    public ProjectViewModel(ProjectStore store, RecoveryStore recovery, Clock clock, Executor background,
                            Executor fxThread) {
        this.store = Objects.requireNonNull(store, "store");
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.background = Objects.requireNonNull(background, "background");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        project.addListener((obs, old, now) -> reselect(now));
        ShownRows shownRows = new ShownRows();
        project.addListener((obs, old, now) -> rows.set(shownRows.of(now)));
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Project getProject() {
        return project.get();
    }

    /**
     * The row each chip is shown in: the project's own, or, for a map that keeps none yet, the rows its slide packs it
     * in, which its first move keeps.
     */
    public ReadOnlyObjectProperty<Map<String, Integer>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The file the project was opened from or last saved to; empty for the bundled map or a new project. */
    public ReadOnlyObjectProperty<Optional<Path>> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** The window title: the project's name, starred while it has unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The latest thing that went wrong in the background (a recovery copy that could not be written), or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What is being read or written in the background, e.g. "Saving map.stancemap.json…"; "" when nothing is. */
    public ReadOnlyStringProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return !busy.get().isEmpty();
    }

    /** The voice the side panel shows; null when none. Follows its voice by id across changes. */
    /**
     * The quotes picked to feature on the briefing slide, for this session of this project: a choice for one
     * briefing, not part of the map, so it is not saved with it.
     */
    public ObservableList<FeaturedQuote> getFeaturedQuotes() {
        return featuredQuotes;
    }

    public ObjectProperty<Voice> selectedVoiceProperty() {
        return selectedVoice;
    }

    // Commands

    /**
     * Makes {@code opened} the open project, with a fresh undo history.
     *
     * @param source      where it came from; empty for the bundled map or a new project
     * @param displayName what the title bar calls it when it has no file
     * @param unsaved     true when it holds work not yet in {@code source} (a restored recovery copy, a new project)
     */
    public void open(Project opened, Optional<Path> source, String displayName, boolean unsaved) {
        this.displayName = displayName;
        history = new CommandHistory(opened);
        if (unsaved) {
            history.markUnsaved();
        }
        history.addListener(now -> changed());
        file.set(source);
        fileVersion = Optional.empty();
        selectedVoice.set(null);
        featuredQuotes.clear();
        changed();
        if (unsaved) {
            writeRecoveryCopy(opened);
        }
    }

    /** Applies one user action so that Undo takes it back. */
    public void execute(Command command) {
        history.execute(command);
        writeRecoveryCopy(history.project());
    }

    /**
     * Places {@code voice} at {@code position}, as the analyst, now, for {@code reason}. Its chip keeps its row when
     * that moves no other chip, and takes a free row at its new place otherwise; every other chip keeps its row. The
     * rows are chosen on the slide ({@link SlideRows}), which the window draws too, so undo restores exactly the
     * picture before, in the window and in every export.
     */
    public void move(Voice voice, double position, String reason, String analyst) {
        Voice current = project.get().voice(voice.id()).orElseThrow();
        Placement placement = new Placement(position, reason, OptionalDouble.empty(), analyst, clock.instant());
        execute(MoveVoiceCommand.of(project.get(), current, placement,
                SlideRows.afterMove(project.get(), voice.id(), placement)));
    }

    /** Packs every chip's row afresh as one undoable step; nothing happens when they are packed already. */
    public void tidyUp() {
        ChipRows packed = SlideRows.tidy(project.get());
        if (!packed.equals(project.get().chipRows())) {
            execute(TidyUpCommand.of(project.get(), packed));
        }
    }

    public void undo() {
        history.undo();
        writeRecoveryCopy(history.project());
    }

    public void redo() {
        history.redo();
        writeRecoveryCopy(history.project());
    }

    /**
     * Reads {@code source} and makes it the open project.
     *
     * @throws ProjectFileException when it cannot be read; the open project stays as it was
     */
    public void openFile(Path source) throws ProjectFileException {
        openFile(store.loadWithVersion(source), source);
    }

    /** Makes {@code loaded}, read from {@code source}, the open project; Save refuses if the file changes meanwhile. */
    public void openFile(LoadedProject loaded, Path source) {
        open(loaded.project(), Optional.of(source), String.valueOf(source.getFileName()), false);
        fileVersion = Optional.of(loaded.version());
    }

    /** Makes the bundled map the open project. */
    public void openBundledMap() {
        open(BundledMap.load(store), Optional.empty(), BundledMap.NAME, false);
    }

    /**
     * Saves to the project's file; call {@link #saveAs} when it has none.
     *
     * @throws ProjectFileException also when the file was changed on disk since it was read or saved here (by a
     *                              {@code move}, another window, a synced folder): it is then left as it is
     */
    public void save() throws ProjectFileException {
        Path target = file.get()
                .orElseThrow(() -> new IllegalStateException("the project has no file yet; use Save As"));
        Optional<FileVersion> expected = fileVersion;
        saved(target, expected.isPresent()
                ? store.save(history.project(), target, expected.get())
                : store.save(history.project(), target), history.savePoint());
    }

    /**
     * Saves atomically to {@code target}, which becomes the project's file, and drops the recovery copy. The user
     * chose the target, and confirmed replacing it, so whatever it holds is replaced.
     */
    public void saveAs(Path target) throws ProjectFileException {
        saved(target, store.save(history.project(), target), history.savePoint());
    }

    /**
     * {@link #save} (or, with {@code saveAs}, {@link #saveAs}) with the writing done on the background executor,
     * so the window stays usable. The project is saved as it is now; edits made meanwhile stay unsaved. The result
     * completes on the FX thread, after the project's state is updated; it fails with the
     * {@link ProjectFileException} a save would throw. Refused while another save or open is under way.
     */
    public CompletableFuture<Void> saveInBackground(Path target, boolean saveAs) {
        Project snapshot = history.project();
        CommandHistory.SavePoint point = history.savePoint();
        Optional<FileVersion> expected = saveAs ? Optional.empty() : fileVersion;
        CommandHistory savedHistory = history;
        return inBackground("Saving " + target.getFileName() + "…", () -> expected.isPresent()
                ? store.save(snapshot, target, expected.get()) : store.save(snapshot, target), written -> {
            // A project opened meanwhile has a history of its own, which this save says nothing about.
            if (history == savedHistory) {
                saved(target, written, point);
            }
            return null;
        });
    }

    /** {@link #openFile(Path)} with the reading done on the background executor; as {@link #saveInBackground}. */
    public CompletableFuture<Void> openInBackground(Path source) {
        return inBackground("Opening " + source.getFileName() + "…", () -> store.loadWithVersion(source), loaded -> {
            openFile(loaded, source);
            return null;
        });
    }

    /**
     * Runs slow work that reads or writes files (a save, an open, reading a round-up to import) on the background
     * executor, with {@link #busyProperty()} saying {@code what} meanwhile; the result, or the exception that work
     * threw, arrives on the FX thread. Refused while other such work runs, so two never race for one file.
     */
    public <T> CompletableFuture<T> readInBackground(String what, Callable<T> work) {
        return inBackground(what, work, Function.identity());
    }

    /** As {@link #readInBackground}, applying {@code onFxThread} to the work's result before the future completes. */
    private <T, R> CompletableFuture<R> inBackground(String what, Callable<T> work, Function<T, R> onFxThread) {
        CompletableFuture<R> result = new CompletableFuture<>();
        if (isBusy()) {
            result.completeExceptionally(new IllegalStateException("already " + busy.get()));
            return result;
        }
        busy.set(what);
        background.execute(() -> {
            try {
                T done = work.call();
                fxThread.execute(() -> {
                    busy.set("");
                    result.complete(onFxThread.apply(done));
                });
            } catch (Exception e) {
                fxThread.execute(() -> {
                    busy.set("");
                    result.completeExceptionally(e);
                });
            }
        });
        return result;
    }

    private void saved(Path target, FileVersion written, CommandHistory.SavePoint point) {
        Optional<Path> before = file.get();
        file.set(Optional.of(target));
        fileVersion = Optional.of(written);
        history.markSaved(point);
        Optional<Path> saved = Optional.of(target);
        background.execute(() -> {
            discardQuietly(before);
            discardQuietly(saved);
        });
    }

    /** Drops the recovery copy of the open project: the user chose not to keep unsaved changes. */
    public void discardRecoveryCopy() {
        Optional<Path> current = file.get();
        background.execute(() -> discardQuietly(current));
    }

    /** Copies the project to the recovery folder, or drops the copy once undo has brought it back to what is saved. */
    private void writeRecoveryCopy(Project snapshot) {
        Optional<Path> target = file.get();
        if (!history.hasUnsavedChanges()) {
            background.execute(() -> discardQuietly(target));
            return;
        }
        background.execute(() -> {
            try {
                recovery.write(target, snapshot);
            } catch (ProjectFileException | RuntimeException e) {
                String message = e.getMessage();
                fxThread.execute(() -> problem.set(message));
            }
        });
    }

    private void discardQuietly(Optional<Path> target) {
        try {
            recovery.discard(target);
        } catch (ProjectFileException e) {
            String message = e.getMessage();
            fxThread.execute(() -> problem.set(message));
        }
    }

    private void changed() {
        project.set(history.project());
        dirty.set(history.hasUnsavedChanges());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(history.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        String name = file.get().map(p -> String.valueOf(p.getFileName())).orElse(displayName);
        title.set((dirty.get() ? "*" : "") + name + " – StanceMap");
    }

    private void reselect(Project now) {
        Voice selected = selectedVoice.get();
        if (selected != null && now != null) {
            selectedVoice.set(now.voice(selected.id()).orElse(null));
        }
    }
}
