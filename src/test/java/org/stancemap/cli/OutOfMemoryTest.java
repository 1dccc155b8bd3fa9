package org.stancemap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Running out of memory is an error like any other: one sentence and exit 2, not a stack trace and exit 1. */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void aRenderTooLargeForTheHeapIsOneSentenceAndExitsTwo() throws Exception {
        Path png = dir.resolve("huge.png");
        // A 7680 × 4320 image needs some 130 MB; the heap here has 48.
        Process child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx48m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), StanceMapCommand.class.getName(),
                "render", "seeds/china-russia-alliance.stancemap.json", "--preset", "slide-16x9", "--scale", "4",
                "--out", png.toString()))
                .redirectErrorStream(true).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(output).isEqualTo(StanceMapCommand.ERROR);
        // PDFBox's logging facade announces on stderr that it has no logger; that is not the command's output.
        assertThat(output.lines().filter(l -> !l.startsWith("SLF4J(")).toList()).as(output).hasSize(1);
        assertThat(output).contains("memory").doesNotContain("at org.").doesNotContain("Exception in thread");
        assertThat(png).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
