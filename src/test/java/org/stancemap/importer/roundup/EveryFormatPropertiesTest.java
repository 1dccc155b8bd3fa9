package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.FixtureFiles;
import org.stancemap.importer.TextMutations;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.importer.text.SourceDocuments;

/**
 * Every format of the registry, asked directly, on any text: {@code recognise} and {@code read} never throw, take
 * bounded time, give a confidence in 0–1, and point only at lines the document has. A format added to
 * {@link RoundUpFormats#standard()} is held to this without a line of test of its own.
 */
class EveryFormatPropertiesTest {

    /** Generous for texts of at most a few hundred KB; a quadratic or backtracking reading would blow it. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static final List<RoundUpFormat> FORMATS = RoundUpFormats.standard().formats();

    /** The seed and every round-up fixture of every shape: mutations of real shapes reach deep into each reader. */
    private static final List<String> SHAPES = shapes();

    @Property
    void arbitraryText(@ForAll @StringLength(max = 2000) String text) {
        assertEveryFormatCopes(text);
    }

    @Property
    void textMadeOfTheFormatsOwnCharacters(@ForAll("roundUpish") String text) {
        assertEveryFormatCopes(text);
    }

    @Property
    void mutatedRoundUpsOfEveryShape(@ForAll("mutatedShapes") String text) {
        assertEveryFormatCopes(text);
    }

    @Test
    void hostileLongLines() {
        List<String> hostile = List.of(
                ":".repeat(500_000),
                "JANE ROE:\n".repeat(50_000),
                "- “".repeat(200_000) + "”",
                "| a | b |\n".repeat(50_000),
                "Agree 8 ".repeat(100_000),
                "Jane Roe (" .repeat(100_000),
                "**" .repeat(200_000),
                "<p><b>".repeat(50_000) + "x",
                "# Title\n" + "Jane Roe, Fellow\n\nSaid it.\n\n".repeat(20_000));
        for (String text : hostile) {
            assertEveryFormatCopes(text);
        }
    }

    private static void assertEveryFormatCopes(String text) {
        SourceDocument document = assertTimeoutPreemptively(BOUND, () -> SourceDocuments.of(text, "fuzz"));
        int lines = document.lines().size();
        for (RoundUpFormat format : FORMATS) {
            double confidence = assertTimeoutPreemptively(BOUND, () -> format.recognise(document),
                    () -> format.name() + " took too long to recognise");
            assertThat(confidence).as(format.name()).isBetween(0.0, 1.0);
            FormatReading reading = assertTimeoutPreemptively(BOUND, () -> format.read(document),
                    () -> format.name() + " took too long to read");
            assertThat(reading.warnings()).as(format.name()).allSatisfy(w -> assertThat(w.line()).isBetween(0, lines));
            assertThat(reading.entries()).as(format.name()).allSatisfy(entry -> {
                assertThat(entry.firstLine()).isBetween(1, Math.max(1, lines));
                assertThat(entry.quotes()).allSatisfy(q -> {
                    assertThat(q.text()).isNotBlank();
                    assertThat(q.lastLine()).isLessThanOrEqualTo(lines);
                });
            });
        }
    }

    @Provide
    Arbitrary<String> roundUpish() {
        return Arbitraries.strings()
                .withChars("()[],.;:-–/ \n\r\t\uFEFF\u00A0…’“”\"*#|<>•_aJMayuneSpringAGREDISQ0123456789")
                .ofMaxLength(3000);
    }

    @Provide
    Arbitrary<String> mutatedShapes() {
        Arbitrary<UnaryOperator<String>> mutation = TextMutations.of(
                "", "(", ")", "(Pub, 12.14.18)", "Jane Roe, Fellow", "JANE ROE:", "Agree 8",
                "- Jane Roe: “Said.” (Source: Pub)", "**Jane Roe**", "| Roe | MIT | Agree | 8 |");
        return Combinators.combine(Arbitraries.of(SHAPES), mutation)
                .as((shape, mutations) -> mutations.apply(shape));
    }


    private static List<String> shapes() {
        List<String> shapes = new ArrayList<>(List.of(SeedText.roundUp()));
        FixtureFiles.in(FixtureScoreboard.FOLDER, name -> !name.endsWith(".expected")).stream()
                .map(FixtureFiles::read).forEach(shapes::add);
        return shapes;
    }
}
