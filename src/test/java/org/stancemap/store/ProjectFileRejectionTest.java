package org.stancemap.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every way a project file can be bad gives one clear sentence naming the file and where, and changes nothing. */
class ProjectFileRejectionTest {
    private static final String VALID = new ProjectStore().write(SampleProjects.everyFieldSet());

    private final ProjectStore store = new ProjectStore();

    @TempDir
    Path folder;

    static Stream<Arguments> badContent() {
        return Stream.of(
                bad("text where a position belongs", "\"position\": 0.6125", "\"position\": \"0.6125\"",
                        "$.voices[0].placements[1].position must be a number, but is the text \"0.6125\""),
                bad("position above 1", "\"position\": 0.6125", "\"position\": 1.5",
                        "$.voices[0].placements[1].position must be a number from 0 to 1, but is 1.5"),
                bad("position below 0", "\"position\": 0.6125", "\"position\": -0.25",
                        "$.voices[0].placements[1].position must be a number from 0 to 1, but is -0.25"),
                bad("position NaN as text", "\"position\": 0.6125", "\"position\": \"NaN\"",
                        "$.voices[0].placements[1].position must be a number from 0 to 1, but is NaN"),
                bad("position too large for a double", "\"position\": 0.6125", "\"position\": 1e999",
                        "$.voices[0].placements[1].position must be a number from 0 to 1, but is Infinity"),
                bad("confidence above 1", "\"confidence\": 0.9", "\"confidence\": 9",
                        "$.voices[0].placements[1].confidence must be a number from 0 to 1, but is 9.0"),
                bad("missing required field", "\"placedBy\": \"analyst-b\",", "",
                        "$.voices[0].placements[1].placedBy is missing"),
                bad("null required field", "\"note\": \"\"", "\"note\": null", "$.voices[1].note is missing"),
                bad("null list element", "\"Natasha Yefimova-Trilling\"", "null", "$.roundUp.authors[1] is missing"),
                bad("unknown field", "\"note\": \"\"", "\"note\": \"\", \"colour\": \"red\"",
                        "$.voices[1].colour is not a field of a format 1 project file"),
                bad("list where an object belongs", "\"tags\": {}", "\"tags\": []",
                        "$.voices[1].tags must be an object, but is a list"),
                bad("object where a list belongs", "\"placements\": []", "\"placements\": {}",
                        "$.voices[1].placements must be a list, but is an object"),
                bad("number where text belongs", "\"Simon Saradzhyan\"", "42",
                        "$.roundUp.authors[0] must be text, but is the number 42"),
                bad("number as a tag value", "\"role\": \"scholar\"", "\"role\": 5",
                        "$.voices[0].tags.role must be text, but is the number 5"),
                bad("tag key that needs brackets", "\"role\": \"scholar\"", "\"my role\": false",
                        "$.voices[0].tags['my role'] must be text, but is false"),
                bad("format from a newer StanceMap", "\"formatVersion\": 1", "\"formatVersion\": 7",
                        "it was written by a newer StanceMap (format 7); this version reads format 1."),
                bad("format older than any", "\"formatVersion\": 1", "\"formatVersion\": 0",
                        "its format 0 is unknown; this version reads format 1."),
                bad("format version as text", "\"formatVersion\": 1", "\"formatVersion\": \"1\"",
                        "$.formatVersion must be a whole number, but is the text \"1\""),
                bad("format version missing", "\"formatVersion\": 1,", "",
                        "$.formatVersion is missing, so this is not a StanceMap project file"),
                bad("import confidence above 1", "\"confidence\": 0.75", "\"confidence\": 1.5",
                        "$.roundUp.imported.confidence must be a number from 0 to 1, but is 1.5"),
                bad("import warning without its line", "\"line\": 212,", "",
                        "$.roundUp.imported.warnings[1].line is missing"),
                bad("narrative passage before line 1", "\"line\": 212\n", "\"line\": 0\n",
                        "at $.roundUp.narrative[0], a narrative passage starts on line 1 or later, not 0"),
                bad("narrative passage without its text", "\"text\": \"Chinese voices are more guarded still.\",", "",
                        "$.roundUp.narrative[0].text is missing"),
                bad("duplicate voice ids", "\"id\": \"charap-drennan-noel\"", "\"id\": \"graham-t-allison\"",
                        "$.voices[1].id \"graham-t-allison\" is already the id of $.voices[0]"),
                bad("bands with a gap", "\"from\": 0.4,", "\"from\": 0.45,",
                        "at $.spectrum.bands, band Alliance possible should start at 0.4 so that the bands tile the axis"),
                bad("bands ending short of 1", "\"to\": 1.0,", "\"to\": 0.9,",
                        "at $.spectrum.bands, the last band must end at 1, but ends at 0.9"),
                bad("date not in ISO form", "\"2019-06-14\"", "\"14.06.2019\"",
                        "$.roundUp.date must be a date like 2019-06-14, but is \"14.06.2019\""),
                bad("time not in ISO form", "\"2026-11-23T02:00:00Z\"", "\"yesterday\"",
                        "$.voices[0].quotes[0].placement.placedAt must be a UTC time like 2026-11-23T02:00:00Z"),
                bad("unknown date precision", "\"precision\": \"MONTH\"", "\"precision\": \"month\"",
                        "$.voices[0].quotes[1].citation.date.precision must be one of DAY, MONTH, YEAR, RANGE, "
                                + "UNKNOWN, but is \"month\""),
                bad("known precision without dates", "\"precision\": \"DAY\"", "\"precision\": \"UNKNOWN\"",
                        "at $.voices[0].quotes[0].citation.date, a known date needs both start and end"),
                bad("blank person name", "\"name\": \"John Drennan\"", "\"name\": \" \"",
                        "at $.voices[1].people[1], a person needs a name"),
                bad("duplicate key", "\"note\": \"\"", "\"note\": \"\",\n\"note\": \"x\"",
                        "the JSON is malformed at line " + (lineOf("\"note\": \"\"") + 1) + ", column 7: duplicate field 'note'"),
                bad("missing comma", "\"id\": \"charap-drennan-noel\",", "\"id\": \"charap-drennan-noel\"",
                        "the JSON is malformed at line " + (lineOf("\"id\": \"charap-drennan-noel\"") + 1) + ", column "),
                bad("line comment", "\"note\": \"\"", "\"note\": \"\" // checked",
                        "the JSON is malformed at line " + lineOf("\"note\": \"\"") + ", column 18: "
                                + "comments are not allowed in a project file"),
                bad("block comment", "\"formatVersion\": 1", "/* v1 */ \"formatVersion\": 1",
                        "the JSON is malformed at line " + lineOf("\"formatVersion\": 1") + ", column "),
                bad("bare NaN", "\"position\": 0.6125", "\"position\": NaN",
                        "the JSON is malformed at line " + lineOf("\"position\": 0.6125") + ", column "),
                bad("truncated file", VALID, VALID.substring(0, VALID.length() / 2),
                        "the JSON stops early at line "),
                bad("text after the project", VALID, VALID + "{}", "more text follows the end of the project at line "
                        + (VALID.split("\n").length + 1) + ", column 1"),
                bad("empty file", VALID, "", "the file is empty"),
                bad("only whitespace", VALID, " \n\t\n", "the file is empty"),
                bad("a list, not an object", VALID, "[1, 2]", "it holds a list where a StanceMap project should be"),
                bad("not JSON at all", VALID, "StanceMap project", "the JSON is malformed at line 1, column "),
                bad("deep nesting", VALID, "[".repeat(100_000),
                        "the JSON nests deeper than 20 levels at line 1, column 21"),
                bad("overlong text", "\"note\": \"\"", "\"note\": \"" + "x".repeat(1_000_001) + "\"",
                        "a text value is longer than 1000000 characters at line " + lineOf("\"note\": \"\"")
                                + ", column 15"));
    }

    private static Arguments bad(String what, String original, String replacement, String expected) {
        UnaryOperator<String> change = text -> {
            assertThat(text).as("the valid file the test changes").contains(original);
            return text.replaceFirst(java.util.regex.Pattern.quote(original),
                    java.util.regex.Matcher.quoteReplacement(replacement));
        };
        return arguments(what, change, expected);
    }

    private static int lineOf(String fragment) {
        return VALID.substring(0, VALID.indexOf(fragment)).split("\n", -1).length;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badContent")
    void badContentIsRefusedWithItsPlaceAndTheFileIsLeftAlone(String what, UnaryOperator<String> change,
                                                               String expected) throws IOException {
        byte[] bytes = change.apply(VALID).getBytes(StandardCharsets.UTF_8);
        Path file = folder.resolve("bad.stancemap.json");
        Files.write(file, bytes);

        String message = loadFailure(file);

        assertThat(message).startsWith("Cannot open " + file + ": ").contains(expected);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void aCommentIsOneSentenceWithoutTheParsersSettingNames() throws IOException {
        Path file = folder.resolve("commented.stancemap.json");
        Files.writeString(file, "/* exported by hand */\n" + VALID);

        assertThat(loadFailure(file)).endsWith(": comments are not allowed in a project file.")
                .doesNotContain("ALLOW_COMMENTS").doesNotContain("Feature").doesNotContain("JsonReadFeature");
    }

    @Test
    void readingFromMemoryNamesTheSourceGiven() {
        assertThatThrownBy(() -> store.read("{}", "clipboard"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage("Cannot open clipboard: $.formatVersion is missing, so this is not a StanceMap project file.");
    }

    @Test
    void deepNestingFailsFast() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> store.read("{\"a\":".repeat(5_000_000), "deep"))
                .hasMessageContaining("nests deeper than 20 levels");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(1_000);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithLineAndColumn() throws IOException {
        byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
        int offset = VALID.substring(0, VALID.indexOf("Adjusted his views")).getBytes(StandardCharsets.UTF_8).length;
        bytes[offset + 3] = (byte) 0xFF;
        Path file = folder.resolve("latin.stancemap.json");
        Files.write(file, bytes);

        assertThat(loadFailure(file)).isEqualTo("Cannot open " + file + ": it is not UTF-8 text (byte 0xFF at line "
                + lineOf("Adjusted his views") + ", column 19 cannot start or continue a character).");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void surrogateEncodedAsUtf8BytesIsNotUtf8() throws IOException {
        Path file = folder.resolve("cesu.stancemap.json");
        byte[] bytes = {'{', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        Files.write(file, bytes);

        assertThat(loadFailure(file)).contains("it is not UTF-8 text (byte 0xED at line 1, column 3");
    }

    @Test
    void folderIsRefused() {
        assertThat(loadFailure(folder)).isEqualTo("Cannot open " + folder + ": it is a folder, not a project file.");
    }

    @Test
    void missingFileIsRefused() {
        Path file = folder.resolve("gone.stancemap.json");
        assertThat(loadFailure(file)).isEqualTo("Cannot open " + file + ": the file does not exist.");
        assertThat(file).doesNotExist();
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        Path file = folder.resolve("huge.stancemap.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ProjectStore.MAX_FILE_BYTES + 1);
        }
        assertThat(loadFailure(file)).isEqualTo("Cannot open " + file
                + ": the file is 64.0 MiB, more than the 64 MiB a project file may be.");
        assertThat(Files.size(file)).isEqualTo(ProjectStore.MAX_FILE_BYTES + 1);
    }

    private String loadFailure(Path file) {
        ProjectFileException failure = catchThrowableOfType(ProjectFileException.class, () -> store.load(file));
        assertThat(failure).as("load of " + file).isNotNull();
        String message = failure.getMessage();
        assertThat(message).as("one sentence for the user")
                .doesNotContain("\n", "\r", "`", "Exception", "jackson", "Jackson", "java.", "[Source")
                .endsWith(".");
        return message;
    }
}
