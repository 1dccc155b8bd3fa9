package org.stancemap.reliability;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancemap.cli.StanceMapCommand;
import org.stancemap.importer.text.SourceText;
import org.stancemap.importer.UnreadableInputException;
import org.stancemap.store.ProjectFileException;
import org.stancemap.store.ProjectStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The catalogue of bad files, one case per way a file can be bad and per way a file enters: a round-up text, a
 * debate card, a project opened and a project moved in (which saves). Each is refused through the command line
 * with exit code 2 and one sentence on stderr, at once, the file untouched. The sentence is the very message the
 * window's error dialog shows, since both take it from {@link SourceText} or {@link ProjectStore}.
 */
class BadInputCatalogueTest {

    static final String ROUNDUP_SEED = "seeds/expert-roundup-china-russia-alliance-2019-06-14.txt";
    static final String MAP_SEED = "seeds/china-russia-alliance.stancemap.json";
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path dir;

    /** How a bad file is made in a fresh folder; the file may end up a folder, a pipe or missing. */
    interface BadFile {
        void make(Path file) throws Exception;
    }

    /** A way into the application that takes a file. */
    enum Entry {
        ROUNDUP("inspect", "--as", "roundup"),
        CARD("inspect", "--as", "card"),
        PROJECT_OPENED("inspect"),
        PROJECT_MOVED("move");

        final String[] command;

        Entry(String... command) {
            this.command = command;
        }

        boolean isProject() {
            return this == PROJECT_OPENED || this == PROJECT_MOVED;
        }

        String[] args(Path file) {
            String[] args = new String[command.length + (this == PROJECT_MOVED ? 3 : 1)];
            System.arraycopy(command, 0, args, 0, command.length);
            args[command.length] = file.toString();
            if (this == PROJECT_MOVED) {
                args[command.length + 1] = "graham-t-allison";
                args[command.length + 2] = "0.5";
            }
            return args;
        }
    }

    static Stream<Arguments> textFiles() {
        return Stream.of(
                bad("empty file", f -> Files.write(f, new byte[0]), "is empty."),
                bad("binary garbage", f -> Files.write(f, garbage()), "is not valid UTF-8 text: the byte at offset "),
                bad("invalid UTF-8 inside the article", f -> Files.write(f, withBadByte(seed(ROUNDUP_SEED))),
                        "is not valid UTF-8 text: the byte at offset 1000 cannot be decoded."),
                bad("UTF-16 with a BOM but an odd byte count", f -> Files.write(f, new byte[] {(byte) 0xFF, (byte) 0xFE, 'a'}),
                        "is not valid UTF-16LE text: the byte at offset 2 cannot be decoded."),
                bad("200 MB text", f -> sparse(f, 200 * MIB), "is 200.0 MiB, larger than the 32 MiB a text to import may be."),
                bad("one byte over the 32 MiB limit", f -> sparse(f, SourceText.MAX_BYTES + 1), "larger than the 32 MiB"),
                bad("a folder", Files::createDirectory, "is a folder, not a text file."),
                bad("a named pipe, which would block a read", BadInputCatalogueTest::fifo,
                        "is not a plain file (it is a pipe or a device)."),
                bad("a missing file", f -> { }, "does not exist."))
                .flatMap(c -> Stream.of(Entry.ROUNDUP, Entry.CARD).map(e -> arguments(e, c.get()[0], c.get()[1], c.get()[2])));
    }

    static Stream<Arguments> projectFiles() {
        return Stream.of(
                bad("empty file", f -> Files.write(f, new byte[0]), "the file is empty."),
                bad("binary garbage", f -> Files.write(f, garbage()), "it is not UTF-8 text (byte 0x"),
                bad("invalid UTF-8 inside the JSON", f -> Files.write(f, withBadByte(seed(MAP_SEED))),
                        "it is not UTF-8 text (byte 0xC3 at line "),
                // The format is UTF-8 only (as JSON files are, RFC 8259); UTF-16 is refused, not guessed at.
                bad("UTF-16 with a BOM", f -> Files.write(f, utf16(Files.readString(Path.of(MAP_SEED)))),
                        "it is not UTF-8 text (byte 0xFF at line 1, column 1 cannot start or continue a character)."),
                bad("truncated JSON", f -> Files.writeString(f, map().substring(0, map().length() / 3)),
                        "the JSON stops early at line "),
                bad("JSON of the wrong shape", f -> Files.writeString(f, "[{\"formatVersion\": 1}]"),
                        "it holds a list where a StanceMap project should be."),
                bad("JSON of the wrong types", f -> Files.writeString(f, map().replace("\"formatVersion\": 1,",
                        "\"formatVersion\": 1, \"roundUp\": \"the article\",")), "the JSON is malformed at line "),
                bad("a text where a number belongs", f -> Files.writeString(f, replaceFirst(map(), "\"position\": 0",
                        "\"position\": \"zero\"0")), "the JSON is malformed at line "),
                bad("formatVersion from the future", f -> Files.writeString(f, map().replace("\"formatVersion\": 1",
                        "\"formatVersion\": 99")), "it was written by a newer StanceMap (format 99); this version reads format 1."),
                bad("duplicate voice ids", f -> Files.writeString(f, map().replace("\"id\": \"jamil-anderlini\"",
                        "\"id\": \"graham-t-allison\"")), "$.voices[1].id \"graham-t-allison\" is already the id of $.voices[0]."),
                // Placements live inside their voice, so none can name a missing voice. The nearest thing a file can
                // hold is a placement that says which voice it belongs to; the format has no such field, and an
                // unknown field is refused rather than dropped, so that saving could not lose it.
                bad("a placement that points at a voice", f -> Files.writeString(f, replaceFirst(map(),
                        "\"placedBy\": ", "\"voice\": \"nobody\", \"placedBy\": ")), "is not a field of a format 1 project file."),
                bad("a position above 1", f -> Files.writeString(f, replaceFirst(map(), "\"position\": 0", "\"position\": 1")),
                        "must be a number from 0 to 1, but is 1."),
                bad("a negative position", f -> Files.writeString(f, replaceFirst(map(), "\"position\": 0", "\"position\": -0")),
                        "must be a number from 0 to 1, but is -0."),
                bad("a NaN position", f -> Files.writeString(f, map().replaceFirst("\"position\": [0-9.]+",
                        "\"position\": \"NaN\"")), "must be a number from 0 to 1, but is NaN."),
                bad("deeply nested JSON", f -> Files.writeString(f, "{\"formatVersion\": " + "[".repeat(100_000)),
                        "the JSON nests deeper than 20 levels at line 1, column "),
                bad("200 MB file", f -> sparse(f, 200 * MIB), "the file is 200.0 MiB, more than the 64 MiB a project file may be."),
                bad("one byte over the 64 MiB limit", f -> sparse(f, ProjectStore.MAX_FILE_BYTES + 1), "more than the 64 MiB"),
                bad("a folder", Files::createDirectory, "it is a folder, not a project file."),
                bad("a named pipe, which would block a read", BadInputCatalogueTest::fifo,
                        "it is not a plain file (it is a pipe or a device)."),
                bad("a missing file", f -> { }, "the file does not exist."))
                .flatMap(c -> Stream.of(Entry.PROJECT_OPENED, Entry.PROJECT_MOVED)
                        .map(e -> arguments(e, c.get()[0], c.get()[1], c.get()[2])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource({"textFiles", "projectFiles"})
    void badFileIsRefusedAtOnceInOneSentenceAndLeftUntouched(Entry entry, String what, BadFile bad, String expected)
            throws Exception {
        Path file = dir.resolve(entry.isProject() ? "bad.stancemap.json" : "bad.txt");
        bad.make(file);
        byte[] before = Files.isRegularFile(file) && Files.size(file) < MIB ? Files.readAllBytes(file) : null;
        long sizeBefore = Files.isRegularFile(file) ? Files.size(file) : -1;

        long start = System.nanoTime();
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Run.of(entry.args(file)));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(run.code()).as(run.err()).isEqualTo(StanceMapCommand.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).hasLineCount(1).contains(file.getFileName().toString()).contains(expected)
                .doesNotContain("Exception", "\tat ", "Unexpected error", "jackson", "java.");
        assertThat(run.err().strip()).as("the window's dialog shows the same sentence").isEqualTo(windowMessage(entry, file));
        assertThat(millis).as("milliseconds to refuse %s", what).isLessThan(2_000);
        if (before != null) {
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
        if (sizeBefore >= 0) {
            assertThat(Files.size(file)).isEqualTo(sizeBefore);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("nothing written beside it").allSatisfy(p -> assertThat(p).isEqualTo(file));
        }
    }

    /** What the window's error dialog would say: the message of the same library call, as FileActions shows it. */
    private static String windowMessage(Entry entry, Path file) {
        Throwable failure = catchThrowable(() -> {
            if (entry.isProject()) {
                new ProjectStore().load(file);
            } else {
                SourceText.read(file);
            }
        });
        assertThat(failure).isInstanceOfAny(ProjectFileException.class, UnreadableInputException.class);
        return failure.getMessage();
    }

    record Run(int code, String out, String err) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = StanceMapCommand.run(args, new PrintWriter(out), new PrintWriter(err));
            return new Run(code, out.toString(), err.toString());
        }
    }

    private static java.util.function.Supplier<Object[]> bad(String what, BadFile make, String expected) {
        return () -> new Object[] {what, make, expected};
    }

    static String map() {
        try {
            return Files.readString(Path.of(MAP_SEED));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String replaceFirst(String text, String literal, String replacement) {
        assertThat(text).contains(literal);
        int at = text.indexOf(literal);
        return text.substring(0, at) + replacement + text.substring(at + literal.length());
    }

    static byte[] seed(String path) throws IOException {
        return Files.readAllBytes(Path.of(path));
    }

    private static byte[] withBadByte(byte[] bytes) {
        byte[] bad = bytes.clone();
        bad[1000] = (byte) 0xC3; // a lead byte followed by ASCII: never valid
        bad[1001] = '(';
        return bad;
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[4096];
        new Random(5).nextBytes(bytes);
        bytes[0] = (byte) 0xFE; // no byte order mark can start it by chance
        bytes[1] = (byte) 0x80;
        return bytes;
    }

    static byte[] utf16(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        return bytes;
    }

    /** A file of {@code size} bytes that takes no disk: reading it whole would cost the time the test forbids. */
    private static void sparse(Path file, long size) throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(size);
        }
    }

    private static void fifo(Path file) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
        assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
    }
}
