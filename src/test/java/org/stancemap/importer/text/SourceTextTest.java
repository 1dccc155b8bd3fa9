package org.stancemap.importer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.UnreadableInputException;

/** Reading a file the user chose: what is refused, with which message, and how bytes become text. */
class SourceTextTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSeedAsTheJarShipsIt() throws Exception {
        Path file = Files.writeString(dir.resolve("roundup.txt"), SeedText.roundUp());

        assertThat(SourceText.read(file)).isEqualTo(SeedText.roundUp());
    }

    @Test
    void emptyFileIsRefusedByName() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.txt"));

        assertThatThrownBy(() -> SourceText.read(file))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("empty.txt is empty.");
    }

    @Test
    void folderIsRefusedByName() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("articles"));

        assertThatThrownBy(() -> SourceText.read(folder)).hasMessage("articles is a folder, not a text file.");
    }

    @Test
    void missingFileIsRefusedByName() {
        assertThatThrownBy(() -> SourceText.read(dir.resolve("gone.txt"))).hasMessage("gone.txt does not exist.");
    }

    @Test
    void fileOverTheLimitIsRefusedFromItsSizeWithoutBeingRead() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(10L * 1024 * 1024 * 1024); // sparse: no disk used, 10 GiB to read if anyone tried
        }

        // Reading stops at 32 MiB + 1 byte, so only Files.size can know the 10240 MiB the message reports.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> SourceText.read(file))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("huge.txt is 10240.0 MiB, larger than the 32 MiB a text to import may be."));
    }

    @Test
    void fileJustAtTheLimitIsRead() throws Exception {
        Path file = dir.resolve("limit.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(SourceText.MAX_BYTES);
        }

        assertThat(SourceText.read(file)).hasSize((int) SourceText.MAX_BYTES);
    }

    @Test
    void malformedUtf8IsRefusedWithTheOffsetOfTheBadByte() throws IOException {
        byte[] bytes = {'a', 'b', 'c', (byte) 0xC3, '(', 'd'};
        Path file = Files.write(dir.resolve("latin1.txt"), bytes);

        assertThatThrownBy(() -> SourceText.read(file))
                .hasMessage("latin1.txt is not valid UTF-8 text: the byte at offset 3 cannot be decoded.");
    }

    @Test
    void truncatedUtf8SequenceAtTheEndIsRefused() {
        byte[] bytes = "Noël".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(bytes, 3);

        assertThatThrownBy(() -> SourceText.decode(cut, "pasted text"))
                .hasMessage("pasted text is not valid UTF-8 text: the byte at offset 2 cannot be decoded.");
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        byte[] text = "Pierre Noël, Senior Fellow".getBytes(StandardCharsets.UTF_8);

        assertThat(SourceText.decode(withPrefix(text, 0xEF, 0xBB, 0xBF), "a.txt")).isEqualTo("Pierre Noël, Senior Fellow");
    }

    @Test
    void utf16ByteOrderMarksSelectTheByteOrder() throws Exception {
        String text = "Xi’s visit — “strategic partnership” …";

        assertThat(SourceText.decode(withPrefix(text.getBytes(StandardCharsets.UTF_16LE), 0xFF, 0xFE), "le.txt"))
                .isEqualTo(text);
        assertThat(SourceText.decode(withPrefix(text.getBytes(StandardCharsets.UTF_16BE), 0xFE, 0xFF), "be.txt"))
                .isEqualTo(text);
    }

    @Test
    void utf16FileIsReadThroughItsByteOrderMark() throws Exception {
        Path file = Files.write(dir.resolve("utf16.txt"),
                withPrefix(SeedText.roundUp().getBytes(StandardCharsets.UTF_16LE), 0xFF, 0xFE));

        assertThat(SourceText.read(file)).isEqualTo(SeedText.roundUp());
    }

    @Test
    void utf16WithAnOddByteCountIsRefused() {
        byte[] bytes = withPrefix(new byte[] {'a', 0, 'b'}, 0xFF, 0xFE);

        assertThatThrownBy(() -> SourceText.decode(bytes, "odd.txt"))
                .hasMessage("odd.txt is not valid UTF-16LE text: the byte at offset 4 cannot be decoded.");
    }

    private static byte[] withPrefix(byte[] bytes, int... prefix) {
        byte[] out = new byte[prefix.length + bytes.length];
        for (int i = 0; i < prefix.length; i++) {
            out[i] = (byte) prefix[i];
        }
        System.arraycopy(bytes, 0, out, prefix.length, bytes.length);
        return out;
    }
}
