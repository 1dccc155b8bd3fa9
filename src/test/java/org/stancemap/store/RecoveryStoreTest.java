package org.stancemap.store;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.model.Project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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

    @Test
    void aNamedPipeInTheFolderIsPassedOverWithoutBlocking() throws Exception {
        RecoveryStore recovery = new RecoveryStore(dir);
        Path file = dir.resolve("a.stancemap.json");
        recovery.write(Optional.of(file), map);
        Path pipe = dir.resolve("0123456789abcdef01234567.source");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();

        List<Recovery> found;
        try {
            // Reading the pipe would wait for a writer that never comes: the window would hang at every start.
            found = assertTimeoutPreemptively(Duration.ofSeconds(10), recovery::findAll);
        } finally {
            // Opening it read-write never blocks on Linux, and releases a reader left waiting by a failed run.
            new RandomAccessFile(pipe.toFile(), "rw").close();
        }

        assertThat(found).singleElement().satisfies(r -> assertThat(r.projectFile()).contains(file.toAbsolutePath()));
    }

    @Test
    void aHugeSourceFileIsPassedOverAndTheGenuineCopyBesideItIsStillFound() throws Exception {
        RecoveryStore recovery = new RecoveryStore(dir);
        Path file = dir.resolve("a.stancemap.json");
        recovery.write(Optional.of(file), map);
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("unsaved.source").toFile(), "rw")) {
            huge.setLength(3L * 1024 * 1024 * 1024); // sparse: no disk space taken, but 3 GB to read
        }
        Files.writeString(dir.resolve("unsaved.stancemap.json"), new ProjectStore().write(map));

        assertThat(recovery.findAll()).singleElement()
                .satisfies(r -> assertThat(r.projectFile()).contains(file.toAbsolutePath()));
    }

    @Test
    void aSourceNamingAFileItsCopyDoesNotBelongToIsNeitherOfferedNorDeleted() throws Exception {
        RecoveryStore recovery = new RecoveryStore(dir);
        Path victim = dir.resolve("victim.txt");
        Path other = dir.resolve("other.stancemap.json");
        recovery.write(Optional.of(victim), map); // the genuine copy of victim.txt
        recovery.write(Optional.of(other), map);
        Path planted = sourceNaming(other);
        Files.writeString(planted, victim.toAbsolutePath().toString()); // other's copy now claims victim.txt
        List<Path> plantedPair =
                List.of(planted, Path.of(planted.toString().replaceFirst("\\.source$", ".stancemap.json")));

        List<Recovery> found = recovery.findAll();

        assertThat(found).singleElement()
                .satisfies(r -> assertThat(r.projectFile()).contains(victim.toAbsolutePath()));
        recovery.discard(found.get(0).projectFile());
        assertThat(recovery.findAll()).isEmpty();
        assertThat(plantedPair).allSatisfy(f -> assertThat(f).isRegularFile());
    }

    @Test
    void aTargetNameEndingInASpaceIsRestoredToThatVeryFile() throws Exception {
        RecoveryStore recovery = new RecoveryStore(dir);
        Path file = dir.resolve("map.stancemap.json ");

        recovery.write(Optional.of(file), map);

        assertThat(recovery.findAll()).singleElement()
                .satisfies(r -> assertThat(r.projectFile()).contains(file.toAbsolutePath()));
    }

    @Test
    void copiesOfAPrivateProjectAreAsPrivateAsIt() throws Exception {
        Path file = dir.resolve("private.stancemap.json");
        new ProjectStore().save(map, file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Path folder = dir.resolve("recovery");

        new RecoveryStore(folder).write(Optional.of(file), map);

        assertThat(filesIn(folder)).isNotEmpty().allSatisfy(f ->
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------"));
    }

    @Test
    void copiesOfAProjectWithNoFileYetAreReadableByTheOwnerOnly() throws Exception {
        Path folder = dir.resolve("recovery");

        new RecoveryStore(folder).write(Optional.empty(), map);

        assertThat(filesIn(folder)).isNotEmpty().allSatisfy(f ->
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------"));
    }

    @Test
    void copiesOfAGroupReadableProjectKeepItsPermissions() throws Exception {
        Path file = dir.resolve("shared.stancemap.json");
        new ProjectStore().save(map, file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Path folder = dir.resolve("recovery");

        new RecoveryStore(folder).write(Optional.of(file), map);

        assertThat(filesIn(folder)).isNotEmpty().allSatisfy(f ->
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r-----"));
    }

    @Test
    void nobodyButTheOwnerLooksIntoTheFolderWhileACopyIsWritten() throws Exception {
        Path folder = dir.resolve("recovery");
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

        new RecoveryStore(folder).write(Optional.empty(), map);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @Test
    void copiesOfAReadOnlyProjectStayWritableForTheNextChange() throws Exception {
        Path file = dir.resolve("read-only.stancemap.json");
        new ProjectStore().save(map, file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
        RecoveryStore recovery = new RecoveryStore(dir.resolve("recovery"));

        recovery.write(Optional.of(file), map);
        recovery.write(Optional.of(file), map.withRoundUp(map.roundUp().withPublisher("changed again")));

        assertThat(recovery.findAll()).singleElement()
                .satisfies(r -> assertThat(r.project().roundUp().publisher()).contains("changed again"));
        assertThat(filesIn(dir.resolve("recovery"))).allSatisfy(f ->
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r-----"));
    }

    private Path sourceNaming(Path projectFile) throws Exception {
        String path = projectFile.toAbsolutePath().toString();
        for (Path f : filesIn(dir)) {
            if (f.getFileName().toString().endsWith(".source") && Files.readString(f).equals(path)) {
                return f;
            }
        }
        throw new AssertionError("no recovery copy names " + path);
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
        }
    }
}
