package org.stancemap.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one atomic write: old or new content, never part; the permissions, backup and temporaries around it. */
class AtomicFileTest {

    @TempDir
    Path dir;

    @AfterEach
    void stopObserving() {
        AtomicFile.observe(AtomicFile.Steps.NONE);
    }

    @Test
    void aWriteReplacesTheContentAndLeavesOnlyTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("out.csv"), "old");

        AtomicFile.of(file).write("new".getBytes(StandardCharsets.UTF_8));

        assertThat(file).hasContent("new");
        assertThat(names()).containsExactly("out.csv");
    }

    @Test
    void aContentThatFailsHalfwayLeavesTheOldFileWholeAndNoTemporary() throws IOException {
        Path file = Files.writeString(dir.resolve("out.csv"), "old");

        assertThatThrownBy(() -> AtomicFile.of(file).write(out -> {
            out.write(new byte[200_000]); // past the buffer: part of it is already in the temporary
            throw new IOException("the disk is full");
        })).hasMessage("the disk is full");

        assertThat(file).hasContent("old");
        assertThat(names()).containsExactly("out.csv");
    }

    @Test
    void theTargetIsUntouchedWhileTheContentIsWrittenAndReplacedInOneStep() throws IOException {
        Path file = Files.writeString(dir.resolve("out.csv"), "old");
        Recorder recorder = new Recorder(file);
        AtomicFile.observe(recorder);

        AtomicFile.of(file).write(new byte[300_000]);

        assertThat(recorder.seen).containsExactly("writing: old", "wrote 65536: old", "wrote 131072: old",
                "wrote 196608: old", "wrote 262144: old", "wrote 300000: old", "replaced: 300000 bytes");
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneGetsThoseAskedFor() throws IOException {
        Path kept = Files.writeString(dir.resolve("private.json"), "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-------"));
        Path created = dir.resolve("copy.json");

        AtomicFile.of(kept).write(new byte[] {1});
        AtomicFile.of(created).withPermissions(PosixFilePermissions.fromString("rw-r-----")).write(new byte[] {2});

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created))).isEqualTo("rw-r-----");
    }

    @Test
    void theBackupHoldsThePreviousContentWithItsPermissions() throws IOException {
        Path file = Files.writeString(dir.resolve("map.json"), "first");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Path backup = dir.resolve("map.json.bak");

        AtomicFile.of(file).keepingBackup(backup).write("second".getBytes(StandardCharsets.UTF_8));

        assertThat(file).hasContent("second");
        assertThat(backup).hasContent("first");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        assertThat(names()).containsExactlyInAnyOrder("map.json", "map.json.bak");
    }

    @Test
    void aTemporaryNoWriterHoldsIsRemovedByTheNextWrite() throws IOException {
        Path file = dir.resolve("out.svg");
        Path abandoned = Files.writeString(dir.resolve(AtomicFile.temporaryPrefix(file) + "3k9x"), "<sv");

        AtomicFile.of(file).write("<svg/>".getBytes(StandardCharsets.UTF_8));

        assertThat(abandoned).doesNotExist();
        assertThat(names()).containsExactly("out.svg");
    }

    @Test
    void aTargetWithTheLongestNameIsWrittenThroughAShortTemporary() throws IOException {
        Path file = dir.resolve("\u0436".repeat(127) + "x");
        assertThat(file.getFileName().toString().getBytes(StandardCharsets.UTF_8)).hasSize(255);
        Recorder recorder = new Recorder(file);
        AtomicFile.observe(recorder);

        AtomicFile.of(file).keepingBackup(dir.resolve(SiblingNames.visible(file, ".bak"))).write(new byte[] {1});
        AtomicFile.of(file).keepingBackup(dir.resolve(SiblingNames.visible(file, ".bak"))).write(new byte[] {2});

        assertThat(AtomicFile.temporaryPrefix(file).getBytes(StandardCharsets.UTF_8).length + 13).isLessThanOrEqualTo(255);
        assertThat(Files.readAllBytes(file)).containsExactly(2);
        assertThat(Files.readAllBytes(dir.resolve(SiblingNames.visible(file, ".bak")))).containsExactly(1);
        assertThat(names()).hasSize(2);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Notes each step with what the target held at that moment. */
    private static final class Recorder implements AtomicFile.Steps {
        private final Path file;
        final List<String> seen = new ArrayList<>();

        Recorder(Path file) {
            this.file = file;
        }

        @Override
        public void writing(Path target) {
            seen.add("writing: " + content());
        }

        @Override
        public void wrote(Path target, long bytes) {
            seen.add("wrote " + bytes + ": " + content());
        }

        @Override
        public void replaced(Path target) {
            seen.add("replaced: " + size() + " bytes");
        }

        private String content() {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                return "unreadable";
            }
        }

        private long size() {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return -1;
            }
        }
    }
}
