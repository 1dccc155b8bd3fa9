package org.stancemap.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void aRenderRemovesItsTargetsStaleTemporariesButNotFreshOnesOrOtherFiles() throws IOException {
        Path killed = temporary(".out.svg.0b7e2a4c-1f3d-4e5a-9b6c-7d8e9f0a1b2c.tmp", Duration.ofHours(2));
        Path running = temporary(".out.svg.3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f.tmp", Duration.ofSeconds(5));
        Path otherTarget = temporary(".other.svg.0b7e2a4c-1f3d-4e5a-9b6c-7d8e9f0a1b2c.tmp", Duration.ofHours(2));
        Path notOurs = temporary(".out.svg.notes.tmp", Duration.ofHours(2));

        SVG.writeTo(BundledMap.load(), dir.resolve("out.svg"));

        assertThat(dir.resolve("out.svg")).isNotEmptyFile();
        assertThat(killed).doesNotExist();
        assertThat(running).exists();
        assertThat(otherTarget).exists();
        assertThat(notOurs).exists();
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

    private Path temporary(String name, Duration age) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "<svg");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }
}
