package org.stancemap.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.model.Project;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryStoreTest {

    @TempDir
    Path dir;

    private final Project map = BundledMap.load();

    @Test
    void aCopyWrittenForAFileIsFoundWithThatFileAndGoneOnceDiscarded() throws Exception {
        RecoveryStore recovery = new RecoveryStore(dir.resolve("recovery"));
        Path file = dir.resolve("map.stancemap.json");

        recovery.write(Optional.of(file), map);

        assertThat(recovery.findAll()).singleElement().satisfies(r -> {
            assertThat(r.projectFile()).contains(file.toAbsolutePath());
            assertThat(r.project()).isEqualTo(map);
        });
        recovery.discard(Optional.of(file));
        assertThat(recovery.findAll()).isEmpty();
    }

    @Test
    void unsavedProjectsAndSavedOnesKeepSeparateCopies() throws Exception {
        RecoveryStore recovery = new RecoveryStore(dir);
        recovery.write(Optional.empty(), map);
        recovery.write(Optional.of(dir.resolve("a.stancemap.json")), map);

        assertThat(recovery.findAll()).hasSize(2).anySatisfy(r -> assertThat(r.projectFile()).isEmpty());
    }

    @Test
    void aCopyThatCannotBeReadIsSkippedAndTheOthersAreStillFound() throws Exception {
        RecoveryStore recovery = new RecoveryStore(dir);
        recovery.write(Optional.empty(), map);
        recovery.write(Optional.of(dir.resolve("a.stancemap.json")), map);
        try (var files = Files.list(dir)) {
            Path damaged = files.filter(f -> f.getFileName().toString().equals("unsaved.stancemap.json"))
                    .findFirst().orElseThrow();
            Files.writeString(damaged, "{\"formatVersion\": 1, \"roundUp\"");
        }

        assertThat(recovery.findAll()).singleElement()
                .satisfies(r -> assertThat(r.projectFile()).contains(dir.resolve("a.stancemap.json").toAbsolutePath()));
    }

    @Test
    void aMissingFolderHoldsNothingToRestore() {
        assertThat(new RecoveryStore(dir.resolve("never-made")).findAll()).isEmpty();
    }
}
