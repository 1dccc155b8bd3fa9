package org.stancemap.render;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.files.AtomicFile;
import org.stancemap.store.BundledMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writing an export to a file: the temporaries beside the target. */
class BriefingExportFileTest {

    private static final BriefingExport SVG =
            new BriefingExport(ExportFormat.SVG, CanvasSize.MAP, 1, BriefingOptions.defaults());

    @TempDir
    Path dir;

    @Test
    void aRenderRemovesItsTargetsAbandonedTemporariesButNotOneInUseOrOtherFiles() throws IOException {
        Path target = dir.resolve("out.svg");
        String prefix = AtomicFile.temporaryPrefix(target);
        Path killed = Files.writeString(dir.resolve(prefix + "3k9x"), "<svg"); // no writer holds it: a killed render's
        Path running = Files.writeString(dir.resolve(prefix + "w7"), "<svg");
        Path otherTarget = Files.writeString(dir.resolve(AtomicFile.temporaryPrefix(dir.resolve("other.svg")) + "q1"), "<");
        Path notOurs = Files.writeString(dir.resolve(".out.svg.notes"), "<svg");

        try (FileChannel channel = FileChannel.open(running, StandardOpenOption.WRITE)) {
            channel.lock(); // a render of the same file still writing holds its temporary's lock
            SVG.writeTo(BundledMap.load(), target);
        }

        assertThat(target).isNotEmptyFile();
        assertThat(killed).doesNotExist();
        assertThat(running).exists();
        assertThat(otherTarget).exists();
        assertThat(notOurs).exists();
    }

    @Test
    void aReplacedExportKeepsItsPermissions() throws IOException {
        Path target = Files.writeString(dir.resolve("out.svg"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));

        SVG.writeTo(BundledMap.load(), target);

        assertThat(Files.readString(target)).contains("<svg");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void aFailedWriteLeavesNoTemporaryBehind() throws IOException {
        // A folder with something in it cannot be replaced by a file, so the final move fails after the write.
        Path target = Files.createDirectory(dir.resolve("out.svg"));
        Files.writeString(target.resolve("keep.txt"), "kept");

        assertThatThrownBy(() -> SVG.writeTo(BundledMap.load(), target)).isInstanceOf(IOException.class);

        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        assertThat(target.resolve("keep.txt")).hasContent("kept");
    }
}
