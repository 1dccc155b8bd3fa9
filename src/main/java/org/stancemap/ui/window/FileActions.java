package org.stancemap.ui.window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.stancemap.importer.roundup.RoundUpFormats;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.importer.text.SourceDocuments;
import org.stancemap.importer.text.SourceFormat;
import org.stancemap.importer.text.SourceText;
import org.stancemap.model.Project;
import org.stancemap.store.BundledMap;
import org.stancemap.store.FileChangedOnDiskException;
import org.stancemap.store.FileVersion;
import org.stancemap.store.LoadedProject;
import org.stancemap.store.ProjectFileException;
import org.stancemap.store.Recovery;
import org.stancemap.store.RecoveryStore;
import org.stancemap.ui.importing.RoundUpReviewView;
import org.stancemap.ui.importing.RoundUpReviewViewModel;
import org.stancemap.ui.preferences.AppPreferences;
import org.stancemap.ui.project.ProjectViewModel;

/**
 * Opening, creating, saving and closing projects, with the questions a careful app asks: save unsaved changes
 * first? restore work a crash left behind? Every failure is shown as one sentence, and nothing is overwritten
 * unless the user said so.
 */
final class FileActions {

    private static final FileChooser.ExtensionFilter PROJECTS =
            new FileChooser.ExtensionFilter("StanceMap projects", "*.stancemap.json", "*.json");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private final Window owner;
    private final ProjectViewModel project;
    private final AppPreferences preferences;
    private final RecoveryStore recovery;
    /** Commits edits still being typed (a note) so that a save or close includes them. */
    private final Runnable commitPendingEdits;

    FileActions(Window owner, ProjectViewModel project, AppPreferences preferences, RecoveryStore recovery,
                Runnable commitPendingEdits) {
        this.owner = owner;
        this.commitPendingEdits = commitPendingEdits;
        this.project = project;
        this.preferences = preferences;
        this.recovery = recovery;
    }

    /** At start: what {@code start} read, or the bundled map when that was a file that could not be read. */
    void openAtStart(StartupProject start) {
        try {
            Project first = start.project();
            Optional<FileVersion> version = start.version();
            if (version.isPresent()) {
                project.openFile(new LoadedProject(first, version.get()), start.file().orElseThrow());
            } else {
                project.open(first, Optional.empty(), BundledMap.NAME, false);
            }
            start.file().ifPresent(this::rememberOpened);
        } catch (ProjectFileException e) {
            error("Cannot open the project", e.getMessage());
            project.openBundledMap();
        }
    }

    void open() {
        whenDiscardable(() -> {
            FileChooser chooser = chooser("Open a project");
            File chosen = chooser.showOpenDialog(owner);
            if (chosen != null) {
                openFile(chosen.toPath());
            }
        });
    }

    void openRecent(Path file) {
        whenDiscardable(() -> openFile(file));
    }

    void openBundledMap() {
        whenDiscardable(project::openBundledMap);
    }

    /**
     * Reads a round-up the user pastes or chooses, shows what was read for review, and opens the map they create
     * from it, unsaved. Nothing is created when they cancel either step.
     */
    void newFromRoundUp() {
        whenDiscardable(this::readRoundUp);
    }

    private void readRoundUp() {
        Optional<NewProjectDialog.Request> request = NewProjectDialog.show(owner);
        if (request.isEmpty()) {
            return;
        }
        NewProjectDialog.Request asked = request.get();
        Optional<Path> file = asked.file();
        RoundUpFormats formats = RoundUpFormats.standard();
        String what = "Reading " + file.map(f -> String.valueOf(f.getFileName())).orElse("the pasted round-up") + "…";
        // Reading and recognising a long article takes a while; the window stays usable meanwhile.
        project.readInBackground(what, () -> formats.read(file.isPresent()
                ? SourceDocuments.of(SourceText.read(file.get()), String.valueOf(file.get().getFileName()))
                : pasted(asked))).whenComplete((draft, failure) -> {
                    if (failure != null) {
                        error("Cannot import the round-up", failure.getMessage());
                        return;
                    }
                    RoundUpReviewViewModel review = new RoundUpReviewViewModel(draft, formats,
                            Optional.of(project.getProject().spectrum()), Clock.systemUTC());
                    RoundUpReviewView.show(owner, review).ifPresent(created -> project.open(created, Optional.empty(),
                            created.roundUp().title().isBlank() ? created.spectrum().question()
                                    : created.roundUp().title(), true));
                });
    }

    /**
     * A browser's paste as the page it came from, when the reader takes its HTML for a page; otherwise the text as
     * the user saw it in the paste box.
     */
    private static SourceDocument pasted(NewProjectDialog.Request request) {
        return request.pastedHtml().map(html -> SourceDocuments.of(html, RoundUpImporter.PASTED))
                .filter(page -> page.format() == SourceFormat.HTML)
                .orElseGet(() -> SourceDocuments.of(request.pastedText(), RoundUpImporter.PASTED));
    }

    private Optional<Path> chooseSaveTarget() {
        FileChooser chooser = chooser("Save the project as");
        chooser.setInitialFileName(project.fileProperty().get().map(p -> String.valueOf(p.getFileName()))
                .orElse("stance-map.stancemap.json"));
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        Path target = chosen.toPath();
        return Optional.of(target.getFileName().toString().endsWith(".json")
                ? target : target.resolveSibling(target.getFileName() + ".stancemap.json"));
    }

    /**
     * Runs {@code then} once there are no unsaved changes: at once when there are none or the user drops them, after
     * the background save completes when they choose Save (the window stays usable while it writes), and never when
     * they cancel or the save fails.
     */
    void whenDiscardable(Runnable then) {
        commitPendingEdits.run();
        if (!project.dirtyProperty().get()) {
            then.run();
            return;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, unsavedChanges(project.titleProperty().get()),
                save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText("Save your changes?");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            saveOffThread().thenAccept(saved -> {
                if (saved) {
                    then.run();
                }
            });
        } else if (answer == discard) {
            project.discardRecoveryCopy();
            then.run();
        }
    }

    /**
     * "Changes to “map.stancemap.json” will be lost if you don't save them." The name stands in quotation marks
     * of its own: a map named after its question ends in "?", and a question mark after it read "??".
     */
    static String unsavedChanges(String windowTitle) {
        String name = windowTitle.replaceFirst("^\\*", "").replace(" – StanceMap", "");
        return "Changes to “" + name + "” will be lost if you don't save them.";
    }

    /** Reads the file off the FX thread; the map stays on screen and usable until the new one is ready. */
    private void openFile(Path file) {
        if (project.isBusy()) {
            return;
        }
        project.openInBackground(file).whenComplete((done, failure) -> {
            if (failure == null) {
                rememberOpened(file);
            } else {
                error("Cannot open the project", failure.getMessage());
            }
        });
    }

    /**
     * Save from the menu: the file is written off the FX thread, so the window stays usable while a large map is
     * written. A save or open already under way makes this do nothing.
     */
    void saveInBackground() {
        saveOffThread();
    }

    /** Completes on the FX thread, true once the project is saved; false when the user cancelled or it failed. */
    private CompletableFuture<Boolean> saveOffThread() {
        commitPendingEdits.run();
        if (project.isBusy()) {
            return CompletableFuture.completedFuture(false);
        }
        Optional<Path> target = project.fileProperty().get();
        if (target.isEmpty()) {
            return saveAsOffThread();
        }
        CompletableFuture<Boolean> saved = new CompletableFuture<>();
        project.saveInBackground(target.get(), false).whenComplete((done, failure) -> {
            if (failure instanceof FileChangedOnDiskException changed) {
                if (askAboutChangeOnDisk(changed) == StaleSaveDialog.Choice.SAVE_AS) {
                    saveAsOffThread().thenAccept(saved::complete);
                } else {
                    saved.complete(false);
                }
            } else if (failure != null) {
                error("Cannot save", failure.getMessage());
                saved.complete(false);
            } else {
                saved.complete(true);
            }
        });
        return saved;
    }

    /**
     * The file changed on disk since it was opened, so saving over it would lose that change: the user saves under
     * another name, reloads the file (this window's changes are dropped, after the dialog confirms it) or cancels.
     */
    private StaleSaveDialog.Choice askAboutChangeOnDisk(FileChangedOnDiskException changed) {
        Path file = project.fileProperty().get().orElseThrow();
        StaleSaveDialog.Choice choice = StaleSaveDialog.ask(owner, String.valueOf(file.getFileName()),
                changed.getMessage());
        if (choice == StaleSaveDialog.Choice.RELOAD) {
            project.discardRecoveryCopy();
            openFile(file);
        }
        return choice;
    }

    /** Save As from the menu, written off the FX thread as {@link #saveInBackground()} is. */
    void saveAsInBackground() {
        saveAsOffThread();
    }

    private CompletableFuture<Boolean> saveAsOffThread() {
        commitPendingEdits.run();
        Optional<Path> target = project.isBusy() ? Optional.empty() : chooseSaveTarget();
        if (target.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        CompletableFuture<Boolean> saved = new CompletableFuture<>();
        project.saveInBackground(target.get(), true).whenComplete((done, failure) -> {
            if (failure == null) {
                rememberOpened(target.get());
            } else {
                error("Cannot save", failure.getMessage());
            }
            saved.complete(failure == null);
        });
        return saved;
    }

    private void rememberOpened(Path file) {
        preferences.addRecentProject(file);
        preferences.flush();
    }

    /** Offers to restore each recovery copy a crash left behind; the first one restored is opened. */
    void offerRecovery() {
        for (Recovery found : recovery.findAll()) {
            String name = found.projectFile().map(p -> String.valueOf(p.getFileName()))
                    .orElse("“" + found.project().roundUp().title() + "”");
            ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                    "StanceMap closed before these changes were saved. Restore them? You can then save or undo them.",
                    restore, discard);
            alert.initOwner(owner);
            alert.setHeaderText("Unsaved changes to " + name + " from " + WHEN.format(found.writtenAt()));
            if (alert.showAndWait().orElse(discard) == restore) {
                project.open(found.project(), found.projectFile(),
                        found.projectFile().isPresent() ? name : found.project().roundUp().title(), true);
                return;
            }
            try {
                recovery.discard(found.projectFile());
            } catch (ProjectFileException e) {
                error("Cannot discard the recovered changes", e.getMessage());
            }
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(PROJECTS, new FileChooser.ExtensionFilter("All files", "*"));
        project.fileProperty().get().map(Path::getParent).filter(Files::isDirectory)
                .ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        return chooser;
    }

    void error(String header, String sentence) {
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}
