package org.stancemap.ui.project;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.cli.StanceMapCommand;
import org.stancemap.edit.EditNoteCommand;
import org.stancemap.model.ChipRows;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;
import org.stancemap.render.SlideRows;
import org.stancemap.store.BundledMap;
import org.stancemap.store.FileChangedOnDiskException;
import org.stancemap.store.ProjectFileException;
import org.stancemap.store.ProjectStore;
import org.stancemap.store.RecoveryStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The open project without a window: dirty flag, title, undo, recovery copies and saving. */
class ProjectViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    private final Project bundled = BundledMap.load();
    private RecoveryStore recovery;
    private ProjectViewModel model;
    private Path file;

    private void openSaved() throws Exception {
        file = dir.resolve("map.stancemap.json");
        new ProjectStore().save(bundled, file);
        recovery = new RecoveryStore(dir.resolve("recovery"));
        model = new ProjectViewModel(new ProjectStore(), recovery, Clock.fixed(NOW, ZoneOffset.UTC),
                Runnable::run, Runnable::run);
        model.open(bundled, Optional.of(file), "map", false);
    }

    private Voice voice(String id) {
        return model.getProject().voice(id).orElseThrow();
    }

    @Test
    void aMapThatKeepsNoRowsIsShownAsItsSlidePacksItAndItsFirstMoveKeepsThoseRows() throws Exception {
        openSaved();
        Project rowless = bundled.withChipRows(new ChipRows(Map.of(), 0));
        model.open(rowless, Optional.empty(), "old map", false);
        Map<String, Integer> shown = model.rowsProperty().get();
        assertThat(shown).isEqualTo(SlideRows.shown(rowless).byVoice()).hasSize(rowless.voices().size());

        model.execute(new EditNoteCommand("dmitri-trenin", voice("dmitri-trenin").note(), "Edited."));
        assertThat(model.rowsProperty().get()).as("not packed again for a note").isSameAs(shown);

        model.move(voice("dmitri-trenin"), 0.7, "reason", "analyst");
        Map<String, Integer> kept = new HashMap<>(model.getProject().rows());
        Map<String, Integer> before = new HashMap<>(shown);
        kept.remove("dmitri-trenin");
        before.remove("dmitri-trenin");
        assertThat(kept).isEqualTo(before);
        assertThat(model.rowsProperty().get()).isEqualTo(model.getProject().rows());
    }

    @Test
    void aFreshlyOpenedFileIsCleanAndTitledByItsName() throws Exception {
        openSaved();

        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.titleProperty().get()).isEqualTo("map.stancemap.json – StanceMap");
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(recovery.findAll()).isEmpty();
    }

    @Test
    void aFileThatDoesNotReadLeavesTheOpenProjectAsItWas() throws Exception {
        openSaved();
        model.move(voice("dmitri-trenin"), 0.65, "Calls it an entente", "ank");
        Project before = model.getProject();
        Path broken = dir.resolve("broken.stancemap.json");
        Files.writeString(broken, "{\"formatVersion\": 1,");

        assertThatThrownBy(() -> model.openFile(broken)).isInstanceOf(ProjectFileException.class);

        assertThat(model.getProject()).isSameAs(before);
        assertThat(model.fileProperty().get()).contains(file);
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.canUndoProperty().get()).isTrue();
    }

    @Test
    void openingAFileOrTheBundledMapStartsAFreshCleanHistory() throws Exception {
        openSaved();
        model.move(voice("dmitri-trenin"), 0.65, "Calls it an entente", "ank");

        model.openFile(file);
        assertThat(model.getProject()).isEqualTo(bundled);
        assertThat(model.titleProperty().get()).isEqualTo("map.stancemap.json – StanceMap");
        assertThat(model.canUndoProperty().get()).isFalse();

        model.move(voice("dmitri-trenin"), 0.65, "Calls it an entente", "ank");
        model.openBundledMap();
        assertThat(model.getProject()).isEqualTo(bundled);
        assertThat(model.fileProperty().get()).isEmpty();
        assertThat(model.titleProperty().get()).isEqualTo(BundledMap.NAME + " – StanceMap");
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void aMoveIsRecordedByTheAnalystMarksTheTitleAndIsCopiedForRecovery() throws Exception {
        openSaved();

        model.move(voice("dmitri-trenin"), 0.65, "Calls it an entente", "ank");

        var placement = voice("dmitri-trenin").placement().orElseThrow();
        assertThat(placement.position()).isEqualTo(0.65);
        assertThat(placement.placedBy()).isEqualTo("ank");
        assertThat(placement.placedAt()).isEqualTo(NOW);
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.titleProperty().get()).startsWith("*map.stancemap.json");
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Move Dmitri Trenin to Entente / functional alliance");
        assertThat(recovery.findAll()).singleElement().satisfies(r -> {
            assertThat(r.project()).isEqualTo(model.getProject());
            assertThat(r.projectFile()).contains(file);
        });
    }

    @Test
    void undoingBackToTheSavedStateCleansTheTitleAndDropsTheRecoveryCopy() throws Exception {
        openSaved();
        model.move(voice("dmitri-trenin"), 0.65, "", "ank");

        model.undo();

        assertThat(model.getProject()).isEqualTo(bundled);
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(recovery.findAll()).isEmpty();
        model.redo();
        assertThat(voice("dmitri-trenin").placement().orElseThrow().position()).isEqualTo(0.65);
    }

    @Test
    void saveWritesTheFileAtomicallyAndDropsTheRecoveryCopy() throws Exception {
        openSaved();
        model.move(voice("vasily-kashin"), 0.7, "", "ank");

        model.save();

        assertThat(new ProjectStore().load(file)).isEqualTo(model.getProject());
        assertThat(Files.exists(dir.resolve("map.stancemap.json.bak"))).isTrue();
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(recovery.findAll()).isEmpty();
    }

    @Test
    void aRestoredOrNewProjectIsUnsavedFromTheStart() throws Exception {
        openSaved();

        model.open(bundled, Optional.empty(), "New map", true);

        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.titleProperty().get()).isEqualTo("*New map – StanceMap");
        assertThat(recovery.findAll()).singleElement().satisfies(r -> assertThat(r.projectFile()).isEmpty());
        Path target = dir.resolve("new.stancemap.json");
        model.saveAs(target);
        assertThat(model.fileProperty().get()).contains(target);
        assertThat(recovery.findAll()).isEmpty();
    }

    @Test
    void theSelectionFollowsItsVoiceAcrossChanges() throws Exception {
        openSaved();
        model.selectedVoiceProperty().set(voice("dmitri-trenin"));

        model.move(voice("dmitri-trenin"), 0.65, "", "ank");

        assertThat(model.selectedVoiceProperty().get()).isSameAs(voice("dmitri-trenin"));
    }

    @Test
    void aRecoveryCopyThatCannotBeWrittenIsReportedAndTheChangeStillMade() throws Exception {
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the recovery folder should be");
        model = new ProjectViewModel(new ProjectStore(), new RecoveryStore(blocked), Clock.fixed(NOW, ZoneOffset.UTC),
                Runnable::run, Runnable::run);
        model.open(bundled, Optional.empty(), "map", false);

        model.move(model.getProject().voice("dmitri-trenin").orElseThrow(), 0.65, "", "ank");

        assertThat(model.problemProperty().get()).contains("recovery");
        assertThat(model.getProject().voice("dmitri-trenin").orElseThrow().placements()).hasSize(2);
    }

    @Test
    void aSaveAfterAMoveFromOutsideIsRefusedAndTheFileKeepsThatMove() throws Exception {
        openFromDisk();
        int code = StanceMapCommand.run(new String[] {"move", file.toString(), "dmitri-trenin", "0.05",
                "--reason", "from a script", "--by", "script"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertThat(code).isEqualTo(StanceMapCommand.OK);
        model.move(voice("vasily-kashin"), 0.7, "", "ank");

        assertThatThrownBy(model::save).isInstanceOf(FileChangedOnDiskException.class).hasMessage(file
                + " was changed on disk since it was opened (by another window or program); save under another"
                + " name or reload it.");

        Voice outside = new ProjectStore().load(file).voice("dmitri-trenin").orElseThrow();
        assertThat(outside.placement().orElseThrow().rationale()).isEqualTo("from a script");
        assertThat(model.dirtyProperty().get()).isTrue();
    }

    @Test
    void saveAsAfterARefusedSaveKeepsTheWindowsWorkUnderTheNewName() throws Exception {
        openFromDisk();
        StanceMapCommand.run(new String[] {"move", file.toString(), "dmitri-trenin", "0.05"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        model.move(voice("vasily-kashin"), 0.7, "", "ank");
        assertThatThrownBy(model::save).isInstanceOf(ProjectFileException.class);

        Path other = dir.resolve("mine.stancemap.json");
        model.saveAs(other);
        model.move(voice("vasily-kashin"), 0.75, "", "ank");
        model.save();

        assertThat(new ProjectStore().load(other)).isEqualTo(model.getProject());
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void savingTwiceWithNothingChangedOutsideIsNotRefused() throws Exception {
        openFromDisk();
        model.move(voice("vasily-kashin"), 0.7, "", "ank");
        model.save();
        model.move(voice("vasily-kashin"), 0.8, "", "ank");
        model.save();

        assertThat(new ProjectStore().load(file)).isEqualTo(model.getProject());
    }

    /** As File > Open does: the view model reads the file itself, so it knows the version it read. */
    private void openFromDisk() throws Exception {
        openSaved();
        model.openFile(file);
    }
}
