package org.stancemap.ui.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.model.Project;
import org.stancemap.store.BundledMap;
import org.stancemap.store.ProjectFileException;
import org.stancemap.store.ProjectStore;
import org.stancemap.store.RecoveryStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saving and opening off the FX thread, with the background held until the test lets it run: what the window
 * shows while the disk is busy, and what is saved when the user goes on editing meanwhile.
 */
class BackgroundDiskTest {

    @TempDir
    Path dir;

    private final Project bundled = BundledMap.load();
    private final Deque<Runnable> held = new ArrayDeque<>();
    private final ProjectStore store = new ProjectStore();
    private ProjectViewModel model;
    private Path file;

    @BeforeEach
    void openSaved() throws Exception {
        file = dir.resolve("map.stancemap.json");
        store.save(bundled, file);
        model = new ProjectViewModel(store, new RecoveryStore(dir.resolve("recovery")),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), held::add, Runnable::run);
        model.openFile(file);
    }

    private void runHeldWork() {
        while (!held.isEmpty()) {
            held.poll().run();
        }
    }

    private double positionOf(Project project, String id) {
        return project.voice(id).orElseThrow().placement().orElseThrow().position();
    }

    @Test
    void aSaveRunsInTheBackgroundAndEditsMadeMeanwhileStayUnsaved() throws Exception {
        model.move(model.getProject().voice("dmitri-trenin").orElseThrow(), 0.65, "", "Ann");
        CompletableFuture<Void> saving = model.saveInBackground(file, false);

        assertThat(model.busyProperty().get()).isEqualTo("Saving map.stancemap.json…");
        assertThat(model.saveInBackground(file, false)).isCompletedExceptionally();
        assertThat(model.openInBackground(file)).isCompletedExceptionally();
        model.move(model.getProject().voice("sergei-karaganov").orElseThrow(), 0.1, "", "Ann");
        assertThat(positionOf(store.load(file), "dmitri-trenin")).isNotEqualTo(0.65);

        runHeldWork();

        assertThat(saving).isCompleted();
        assertThat(model.isBusy()).isFalse();
        Project onDisk = store.load(file);
        assertThat(positionOf(onDisk, "dmitri-trenin")).isEqualTo(0.65);
        assertThat(positionOf(onDisk, "sergei-karaganov")).isNotEqualTo(0.1);
        assertThat(model.dirtyProperty().get()).isTrue();
        model.undo();
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void anOpenKeepsTheCurrentMapUntilTheFileIsReadAndAFailureIsOneSentence() throws Exception {
        Path other = dir.resolve("other.stancemap.json");
        store.save(bundled.withVoice("dmitri-trenin", v -> v.withNote("from the other file")), other);
        Project before = model.getProject();

        CompletableFuture<Void> opening = model.openInBackground(other);
        assertThat(model.getProject()).isSameAs(before);
        runHeldWork();

        assertThat(opening).isCompleted();
        assertThat(model.getProject().voice("dmitri-trenin").orElseThrow().note()).isEqualTo("from the other file");
        assertThat(model.fileProperty().get()).contains(other);

        Path broken = dir.resolve("broken.stancemap.json");
        Files.writeString(broken, "{\"formatVersion\": 1,");
        CompletableFuture<Void> failing = model.openInBackground(broken);
        runHeldWork();
        assertThat(failing).isCompletedExceptionally();
        assertThat(failing.handle((ok, e) -> e).join()).isInstanceOf(ProjectFileException.class)
                .extracting(Throwable::getMessage).asString().isNotBlank().doesNotContain("\n");
        assertThat(model.isBusy()).isFalse();
        assertThat(model.fileProperty().get()).contains(other);
    }
}
