package org.stancemap.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.files.AtomicFile;
import org.stancemap.files.SiblingNames;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProjectSaveTest {
    /** Every save takes this lock beside the project, and leaves it: see {@link ProjectLock}. */
    private static final String LOCK = ".china-russia.stancemap.json.lock";

    private final ProjectStore store = new ProjectStore();

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("china-russia.stancemap.json");
    }

    private Path backup() {
        return folder.resolve("china-russia.stancemap.json.bak");
    }

    private static Project edited(Project project, String note) {
        return project.withVoice("graham-t-allison", v -> v.withNote(note));
    }

    private String[] folderContents() throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void loadingASavedProjectGivesItBack() throws ProjectFileException {
        Project project = SampleProjects.everyFieldSet();
        store.save(project, file());
        assertThat(store.load(file())).isEqualTo(project);
    }

    @Test
    void savingALoadedProjectUnchangedGivesTheSameBytesAndTouchesNothing() throws Exception {
        store.save(SampleProjects.unicodeEverywhere(), file());
        byte[] saved = Files.readAllBytes(file());
        FileTime modified = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file(), modified);

        Project loaded = store.load(file());
        store.save(loaded, file());

        assertThat(store.load(file())).isEqualTo(loaded);
        assertThat(Files.readAllBytes(file())).isEqualTo(saved);
        assertThat(Files.getLastModifiedTime(file())).isEqualTo(modified);
        assertThat(backup()).doesNotExist();
    }

    @Test
    void savedFileIsUtf8WithUnixLineEndingsAndATrailingNewline() throws Exception {
        store.save(SampleProjects.unicodeEverywhere(), file());
        byte[] bytes = Files.readAllBytes(file());
        String text = Files.readString(file());
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
        assertThat(text).doesNotContain("\r").contains("Фэн Чжунпин");
        assertThat(bytes[0]).as("no byte order mark").isEqualTo((byte) '{');
    }

    @Test
    void firstSaveLeavesOnlyTheProjectFileAndItsLock() throws Exception {
        store.save(SampleProjects.everyFieldSet(), file());
        assertThat(folderContents()).containsExactly(LOCK, "china-russia.stancemap.json");
    }

    @Test
    void savingOverAProjectKeepsThePreviousVersionAsBak() throws Exception {
        Project first = SampleProjects.everyFieldSet();
        store.save(first, file());
        byte[] firstBytes = Files.readAllBytes(file());

        store.save(edited(first, "second"), file());

        assertThat(Files.readAllBytes(backup())).isEqualTo(firstBytes);
        assertThat(store.load(file())).isEqualTo(edited(first, "second"));
        assertThat(folderContents())
                .containsExactly(LOCK, "china-russia.stancemap.json", "china-russia.stancemap.json.bak");
    }

    @Test
    void eachSaveReplacesTheBakWithTheVersionBefore() throws Exception {
        Project first = SampleProjects.everyFieldSet();
        store.save(first, file());
        store.save(edited(first, "second"), file());
        byte[] secondBytes = Files.readAllBytes(file());

        store.save(edited(first, "third"), file());

        assertThat(Files.readAllBytes(backup())).isEqualTo(secondBytes);
        assertThat(folderContents())
                .containsExactly(LOCK, "china-russia.stancemap.json", "china-russia.stancemap.json.bak");
    }

    @Test
    void savingUnchangedKeepsTheOlderBak() throws Exception {
        Project first = SampleProjects.everyFieldSet();
        store.save(first, file());
        byte[] firstBytes = Files.readAllBytes(file());
        store.save(edited(first, "second"), file());

        store.save(edited(first, "second"), file());

        assertThat(Files.readAllBytes(backup())).isEqualTo(firstBytes);
    }

    @Test
    void failedSaveLeavesTheFileAsItWasAndNoTemporaryFile() throws Exception {
        Path file = file();
        Project first = SampleProjects.everyFieldSet();
        store.save(first, file);
        byte[] before = Files.readAllBytes(file);
        // Another program removes the temporary once it is written: the save fails at the rename, the last step.
        AtomicFile.observe(new TemporaryTakenAway(folder));

        ProjectFileException failure;
        try {
            failure = catchThrowableOfType(ProjectFileException.class, () -> store.save(edited(first, "lost?"), file));
        } finally {
            AtomicFile.observe(AtomicFile.Steps.NONE);
        }

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).startsWith("Cannot save " + file + ": the file could not be written (")
                .doesNotContain("\n", "Exception").endsWith(").");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.readAllBytes(backup())).as("the backup, taken just before the rename").isEqualTo(before);
        assertThat(folderContents())
                .containsExactlyInAnyOrder(LOCK, "china-russia.stancemap.json", "china-russia.stancemap.json.bak");
    }

    /** Removes the temporaries beside the file being written as soon as its content is in them. */
    private record TemporaryTakenAway(Path folder) implements AtomicFile.Steps {
        @Override
        public void writing(Path target) {
        }

        @Override
        public void wrote(Path target, long bytes) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path temporary : files.filter(f -> f.getFileName().toString().contains(".tmp")).toList()) {
                    Files.delete(temporary);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void replaced(Path target) {
        }
    }

    @Test
    void savingIntoAMissingFolderIsRefusedAndCreatesNothing() throws Exception {
        Path file = folder.resolve("no-such-folder").resolve("map.stancemap.json");
        ProjectFileException failure = catchThrowableOfType(ProjectFileException.class,
                () -> store.save(SampleProjects.everyFieldSet(), file));
        assertThat(failure.getMessage()).isEqualTo("Cannot save " + file + ": its folder does not exist.");
        assertThat(folderContents()).isEmpty();
    }

    @Test
    void savingOntoAFolderIsRefused() throws Exception {
        Path target = Files.createDirectory(file());
        ProjectFileException failure = catchThrowableOfType(ProjectFileException.class,
                () -> store.save(SampleProjects.everyFieldSet(), target));
        assertThat(failure.getMessage()).isEqualTo("Cannot save " + target + ": it is a folder.");
        assertThat(folderContents()).containsExactly("china-russia.stancemap.json");
    }

    @Test
    void savingKeepsTheFilePermissions() throws Exception {
        store.save(SampleProjects.everyFieldSet(), file());
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r-----"));

        store.save(edited(SampleProjects.everyFieldSet(), "changed"), file());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-r-----");
    }

    @Test
    void savingThroughASymbolicLinkUpdatesTheFileItPointsTo() throws Exception {
        Path real = folder.resolve("real.stancemap.json");
        Path link = Files.createSymbolicLink(folder.resolve("link.stancemap.json"), real.getFileName());
        store.save(SampleProjects.everyFieldSet(), real);

        store.save(edited(SampleProjects.everyFieldSet(), "via link"), link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(store.load(real)).isEqualTo(edited(SampleProjects.everyFieldSet(), "via link"));
        assertThat(folder.resolve("real.stancemap.json.bak")).exists();
    }

    @Test
    void savingThroughASymbolicLinkToNothingIsOneSentenceAndLeavesTheLink() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("link.stancemap.json"), Path.of("gone.stancemap.json"));

        ProjectFileException failure = catchThrowableOfType(ProjectFileException.class,
                () -> store.save(SampleProjects.everyFieldSet(), link));

        assertThat(failure.getMessage()).isEqualTo("Cannot save " + link + ": it is a symbolic link to "
                + "gone.stancemap.json, which does not exist.");
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("gone.stancemap.json"));
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(link);
        }
    }

    @Test
    void projectWithATextTooLongToOpenIsNotSaved() throws Exception {
        store.save(SampleProjects.everyFieldSet(), file());
        byte[] before = Files.readAllBytes(file());

        ProjectFileException failure = catchThrowableOfType(ProjectFileException.class,
                () -> store.save(edited(SampleProjects.everyFieldSet(), "x".repeat(1_000_001)), file()));

        assertThat(failure.getMessage()).startsWith("Cannot save " + file()
                + ": it could not be opened again once written, because a text value is longer than 1000000 "
                + "characters at line ");
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(folderContents()).containsExactly(LOCK, "china-russia.stancemap.json");
    }

    @Test
    void projectLargerThanALoadableFileIsNotSaved() throws Exception {
        String longNote = "x".repeat(1_000_000);
        Voice template = SampleProjects.everyOptionalEmpty().voices().get(0).withNote(longNote);
        List<Voice> voices = IntStream.range(0, 70)
                .mapToObj(i -> new Voice("voice-" + i, template.people(), template.quotes(), template.tags(),
                        template.placements(), longNote))
                .toList();
        Project huge = new Project(SampleProjects.everyOptionalEmpty().roundUp(),
                SampleProjects.everyOptionalEmpty().spectrum(), voices);

        ProjectFileException failure = catchThrowableOfType(ProjectFileException.class, () -> store.save(huge, file()));

        assertThat(failure.getMessage()).isEqualTo("Cannot save " + file()
                + ": the project would be 66.8 MiB, more than the 64 MiB a project file may be.");
        assertThat(folderContents()).isEmpty();
    }

    @Test
    void textWithAnUnpairedSurrogateSurvivesSavingAndLoading() throws ProjectFileException {
        Project project = edited(SampleProjects.everyFieldSet(), "broken \uD800 half");
        store.save(project, file());
        assertThat(store.load(file())).isEqualTo(project);
    }

    @Test
    void aTemporaryLeftByAKilledSaveIsRemovedByTheNextSave() throws Exception {
        store.save(SampleProjects.everyFieldSet(), file());
        Path abandoned = Files.writeString(folder.resolve(".china-russia.stancemap.json.tmp3k9x"), "{\"formatVer");

        store.save(edited(SampleProjects.everyFieldSet(), "after the crash"), file());

        assertThat(abandoned).doesNotExist();
        assertThat(folderContents())
                .containsExactly(LOCK, "china-russia.stancemap.json", "china-russia.stancemap.json.bak");
    }

    @Test
    void aTemporaryStillBeingWrittenIsLeftAlone() throws Exception {
        store.save(SampleProjects.everyFieldSet(), file());
        Path inUse = Files.createFile(folder.resolve(".china-russia.stancemap.json.tmpw7"));
        Path otherFiles = Files.createFile(folder.resolve(".other.stancemap.json.tmpq1"));

        try (FileChannel channel = FileChannel.open(inUse, StandardOpenOption.WRITE)) {
            channel.lock();
            store.save(edited(SampleProjects.everyFieldSet(), "meanwhile"), file());
        }

        assertThat(inUse).exists();
        assertThat(otherFiles).as("another project's temporary").exists();
    }
    @Test
    void aReadOnlyProjectIsRefusedAndLeftUntouched() throws Exception {
        store.save(SampleProjects.everyFieldSet(), file());
        byte[] before = Files.readAllBytes(file());
        // Tests may run as root, for whom every file is writable: the owner's write bit is what marks it read-only.
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("r--r--r--"));

        ProjectFileException failure = catchThrowableOfType(ProjectFileException.class,
                () -> store.save(edited(SampleProjects.everyFieldSet(), "overwritten?"), file()));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).isEqualTo("Cannot save " + file() + ": " + file()
                + " is read-only; save it under another name, or make it writable first.");
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("r--r--r--");
        assertThat(folderContents()).containsExactlyInAnyOrder(LOCK, "china-russia.stancemap.json");
    }

    @Test
    void aFileNameOf250BytesIsSavedAndSavedAgain() throws Exception {
        // File systems allow 255 bytes a name; the temporary beside it must not need more than the name itself.
        String name = "\u0436".repeat(100) + "x".repeat(250 - 200 - ".stancemap.json".length()) + ".stancemap.json";
        assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(250);
        Path file = folder.resolve(name);

        store.save(SampleProjects.everyFieldSet(), file);
        store.save(edited(SampleProjects.everyFieldSet(), "again"), file);

        assertThat(store.load(file)).isEqualTo(edited(SampleProjects.everyFieldSet(), "again"));
        assertThat(folderContents()).containsExactlyInAnyOrder(name, name + ".bak", SiblingNames.hidden(file, ".lock", 0));
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {251, 252, 253, 254, 255})
    void aFileNameTooLongForItsBackupNameIsSavedWithAShortenedBackup(int bytes) throws Exception {
        // NAME.bak would pass the 255 bytes a file name may have: the backup is named by the name's start and a hash.
        String name = "\u0436".repeat(100) + "x".repeat(bytes - 200 - ".stancemap.json".length()) + ".stancemap.json";
        assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(bytes);
        Path file = folder.resolve(name);

        store.save(SampleProjects.everyFieldSet(), file);
        store.save(edited(SampleProjects.everyFieldSet(), "again"), file);

        String backup = SiblingNames.visible(file, ".bak");
        assertThat(backup.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(255);
        assertThat(backup).startsWith("\u0436".repeat(100)).endsWith(".bak");
        assertThat(store.load(file)).isEqualTo(edited(SampleProjects.everyFieldSet(), "again"));
        assertThat(store.load(folder.resolve(backup))).isEqualTo(SampleProjects.everyFieldSet());
        assertThat(folderContents()).containsExactlyInAnyOrder(name, backup, SiblingNames.hidden(file, ".lock", 0));
    }

    @Test
    void aTemporaryLeftByAKilledSaveOfALongNameIsRemovedByTheNextSave() throws Exception {
        String name = "x".repeat(250 - ".stancemap.json".length()) + ".stancemap.json";
        Path file = folder.resolve(name);
        store.save(SampleProjects.everyFieldSet(), file);
        try (Stream<Path> entries = Files.list(folder)) {
            assertThat(entries).hasSize(2); // the project and its lock
        }
        Path abandoned = folder.resolve(AtomicFile.temporaryPrefix(file.toAbsolutePath()) + "3k9x");
        Files.writeString(abandoned, "{\"formatVer");

        store.save(edited(SampleProjects.everyFieldSet(), "after the crash"), file);

        assertThat(abandoned).doesNotExist();
        assertThat(folderContents()).containsExactlyInAnyOrder(name, name + ".bak", SiblingNames.hidden(file, ".lock", 0));
    }

    @Test
    void aFolderNamedLikeTheBackupDoesNotBlockTheSave() throws Exception {
        store.save(SampleProjects.everyFieldSet(), file());
        Files.createDirectories(backup().resolve("the user's"));

        store.save(edited(SampleProjects.everyFieldSet(), "saved anyway"), file());

        assertThat(store.load(file())).isEqualTo(edited(SampleProjects.everyFieldSet(), "saved anyway"));
        assertThat(backup().resolve("the user's")).as("the folder is the user's, never removed").isDirectory();
        assertThat(folderContents())
                .containsExactlyInAnyOrder(LOCK, "china-russia.stancemap.json", "china-russia.stancemap.json.bak");
    }
    @Test
    void aCompactProjectNearTheLimitThatOpensCanBeSavedAgain() throws Exception {
        Voice template = SampleProjects.everyFieldSet().voices().get(0);
        Project one = new Project(SampleProjects.everyFieldSet().roundUp(), SampleProjects.everyFieldSet().spectrum(),
                List.of(template));
        // Written by another tool without indentation: strings hold no raw line break, so only layout is removed.
        Project two = new Project(one.roundUp(), one.spectrum(), List.of(template, copy(template, "second")));
        long perVoice = utf8Length(compact(store.write(two))) - utf8Length(compact(store.write(one)));
        int count = (int) (ProjectStore.MAX_FILE_BYTES * 0.95 / perVoice);
        List<Voice> voices = IntStream.range(0, count)
                .mapToObj(i -> copy(template, "voice-" + i))
                .toList();
        Project large = new Project(one.roundUp(), one.spectrum(), voices);
        String compact = compact(store.write(large));
        assertThat(utf8Length(compact)).isLessThan(ProjectStore.MAX_FILE_BYTES);
        assertThat(utf8Length(store.write(large))).as("indented").isGreaterThan(ProjectStore.MAX_FILE_BYTES);
        Files.writeString(file(), compact);

        Project changed = store.load(file()).withVoice("voice-0", v -> v.withNote("saved again"));
        store.save(changed, file());

        assertThat(store.load(file())).isEqualTo(changed);
    }

    private static Voice copy(Voice voice, String id) {
        return new Voice(id, voice.people(), voice.quotes(), voice.tags(), voice.placements(), voice.note());
    }

    private static long utf8Length(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static String compact(String json) {
        return json.replaceAll("\n *", "");
    }

    @Test
    void concurrentSavesOfOneFileNeverRemoveEachOthersTemporaries() throws Exception {
        store.save(SampleProjects.everyFieldSet(), file());
        List<Thread> savers = new ArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int saver = 0; saver < 8; saver++) {
            String note = "saver " + saver;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < 25; i++) {
                        store.save(edited(SampleProjects.everyFieldSet(), note + ", save " + i), file());
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            thread.start();
            savers.add(thread);
        }
        start.countDown();
        for (Thread thread : savers) {
            thread.join(60_000);
        }

        assertThat(failures).extracting(Throwable::toString).isEmpty();
        assertThat(store.load(file()).voice("graham-t-allison").orElseThrow().note()).endsWith(", save 24");
        assertThat(folderContents()).noneMatch(name -> name.contains(".tmp"));
    }

    @Test
    void aSaveWaitsForOneInProgressAndLeavesItsFreshTemporaryAlone() throws Exception {
        store.save(SampleProjects.everyFieldSet(), file());
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread second = new Thread(() -> {
            try {
                store.save(edited(SampleProjects.everyFieldSet(), "second"), file());
            } catch (ProjectFileException e) {
                failure.set(e);
            }
        });
        try (ProjectLock firstSave = store.lock(file())) {
            // The first save has created its temporary and not yet locked it: where the clean-up used to strike.
            Path temporary = Files.createFile(folder.resolve(".china-russia.stancemap.json.tmpab12"));
            second.start();
            second.join(500);

            assertThat(second.isAlive()).as("the second save waits for the first").isTrue();
            assertThat(temporary).exists();
            Files.delete(temporary); // the first save moves it into place
        }
        second.join(10_000);

        assertThat(failure.get()).isNull();
        assertThat(store.load(file())).isEqualTo(edited(SampleProjects.everyFieldSet(), "second"));
    }
}
