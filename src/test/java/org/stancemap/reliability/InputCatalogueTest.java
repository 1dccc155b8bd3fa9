package org.stancemap.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancemap.cli.StanceMapCommand;
import org.stancemap.importer.card.DebateCardImporter;
import org.stancemap.importer.roundup.RoundUpImporter;
import org.stancemap.reliability.BadInputCatalogueTest.Run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The rest of the catalogue: bad command-line arguments, bad pasted text, and the unusual but good files (CRLF
 * line endings, UTF-16 with a byte order mark) that must import exactly as their plain UTF-8, LF twins do.
 * Bad files are in {@link BadInputCatalogueTest}.
 */
class InputCatalogueTest {

    private static final String CARD_SEED = "seeds/debate-card-rm-6-14.txt";

    @TempDir
    Path dir;

    static Stream<Arguments> badArguments() {
        return Stream.of(
                arguments("a position that is not a number", new String[] {"graham-t-allison", "abc"}, "got abc"),
                arguments("a position below 0", new String[] {"graham-t-allison", "-0.01"}, "from 0 to 1 such as 0.65, got -0.01"),
                arguments("an infinite position", new String[] {"graham-t-allison", "Infinity"}, "got Infinity"),
                arguments("a position that overflows", new String[] {"graham-t-allison", "1e999"}, "got 1e999"),
                arguments("a missing position", new String[] {"graham-t-allison"}, "POSITION"),
                arguments("an empty voice id", new String[] {"", "0.5"}, "No voice has the id ''"),
                arguments("a voice id with a line break", new String[] {"graham\nallison", "0.5"}, "No voice has the id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    void badArgumentsToMoveAreRefusedInOneSentenceAndTheFileIsLeftUntouched(String what, String[] args, String expected)
            throws Exception {
        Path file = Files.copy(Path.of(BadInputCatalogueTest.MAP_SEED), dir.resolve("map.stancemap.json"));
        byte[] before = Files.readAllBytes(file);
        String[] all = Stream.concat(Stream.of("move", file.toString()), Stream.of(args)).toArray(String[]::new);

        Run run = Run.of(all);

        assertThat(run.code()).isEqualTo(StanceMapCommand.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).as(what).contains(expected).doesNotContain("Exception", "\tat ", "Unexpected error")
                .endsWith(System.lineSeparator());
        assertThat(run.err().strip().lines()).as("one sentence, even with a line break in an argument").hasSize(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    static Stream<Arguments> pastedTexts() {
        String seed = text(BadInputCatalogueTest.ROUNDUP_SEED);
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        return Stream.of(
                arguments("nothing", ""),
                arguments("only white space", " \t\r\n\u00A0\u2028"),
                arguments("NUL characters", "\0".repeat(10_000)),
                arguments("binary garbage read as Latin-1", new String(noise, StandardCharsets.ISO_8859_1)),
                arguments("lone surrogates", "Graham T. Allison, Professor\n\uD800\uDC00\uDFFF\uD800 (Foreign Affairs, 1.2.19)"),
                arguments("the article with CR line ends only", seed.replace("\n", "\r")),
                arguments("the article with every line end doubled", seed.replace("\n", "\r\n\r\n")),
                arguments("the article cut mid-quote", seed.substring(0, seed.length() / 2)),
                arguments("one line of 5 million characters", "(".repeat(2_500_000) + "a, b".repeat(625_000)),
                arguments("a million citations", "Name, Title\n" + "q (P, 1.1.19) ".repeat(1_000_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pastedTexts")
    void pastedTextNeverThrowsOrHangs(String what, String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(new RoundUpImporter().importText(text).value()).isNotNull();
            assertThat(new DebateCardImporter().importText(text).value()).isNotNull();
        }, what);
    }

    @Test
    void roundUpWithCrlfLineEndsImportsLikeTheOriginal() throws Exception {
        String seed = text(BadInputCatalogueTest.ROUNDUP_SEED);
        Path crlf = Files.writeString(sameNameIn(dir), seed.replace("\n", "\r\n"));

        JsonNode original = inspect(Path.of(BadInputCatalogueTest.ROUNDUP_SEED), "roundup");
        assertThat(original.get("voices")).hasSize(51);
        assertThat(inspect(crlf, "roundup")).isEqualTo(original);
    }

    @Test
    void debateCardWithCrlfLineEndsImportsLikeTheOriginal() throws Exception {
        Path crlf = Files.writeString(dir.resolve("card.txt"), text(CARD_SEED).replace("\n", "\r\n"));

        JsonNode original = inspect(Path.of(CARD_SEED), "card");
        assertThat(original.get("voices")).isNotEmpty();
        assertThat(inspect(crlf, "card")).isEqualTo(original);
    }

    @Test
    void roundUpInUtf16WithAByteOrderMarkImportsLikeTheOriginal() throws Exception {
        Path utf16 = Files.write(sameNameIn(dir),
                BadInputCatalogueTest.utf16(text(BadInputCatalogueTest.ROUNDUP_SEED)));

        assertThat(inspect(utf16, "roundup")).isEqualTo(inspect(Path.of(BadInputCatalogueTest.ROUNDUP_SEED), "roundup"));
    }

    @Test
    void projectFileWithCrlfLineEndsOpensAndMoves() throws Exception {
        Path crlf = Files.writeString(dir.resolve("crlf.stancemap.json"),
                BadInputCatalogueTest.map().replace("\n", "\r\n"));

        assertThat(inspect(crlf, "project").get("voices")).hasSize(51);
        assertThat(Run.of("move", crlf.toString(), "leon-aron", "0.3").code()).isZero();
    }

    /** A copy's path under the seed's own name, since a round-up's summary names the file it was read from. */
    private static Path sameNameIn(Path dir) {
        return dir.resolve(Path.of(BadInputCatalogueTest.ROUNDUP_SEED).getFileName());
    }

    private static JsonNode inspect(Path file, String kind) throws Exception {
        Run run = Run.of("inspect", file.toString(), "--as", kind, "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        return json;
    }

    private static String text(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
