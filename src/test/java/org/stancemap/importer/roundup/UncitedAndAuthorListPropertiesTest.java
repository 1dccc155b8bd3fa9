package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
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
import org.stancemap.importer.TextMutations;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.importer.text.SourceDocuments;

/** On any text, uncited blocks and author lists answer in bounded time, never throw, and point into the text. */
class UncitedAndAuthorListPropertiesTest {

    /** Generous for texts under a megabyte; a quadratic reading of the hostile texts below would blow it. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static final List<RoundUpFormat> FORMATS = List.of(new UncitedBlocksFormat(), new AuthorListFormat());
    private static final List<String> FIXTURES = List.of("uncited-blocks-comma-roles.txt",
            "uncited-blocks-bracketed.txt", "uncited-blocks-two-line.txt", "uncited-blocks-glued.txt",
            "author-list-blank-lines.txt", "author-list-compact.txt", "author-list-dense.txt");

    @Property
    void arbitraryStrings(@ForAll @StringLength(max = 2000) String text) {
        assertReadsWithinBound(text);
    }

    @Property
    void stringsMadeOfHeaderAndDateCharacters(@ForAll("headerish") String text) {
        assertReadsWithinBound(text);
    }

    @Property
    void mutatedFixtures(@ForAll("mutatedFixtures") String text) {
        assertReadsWithinBound(text);
    }

    @Test
    void hostileTextsReadInLinearTime() {
        List<String> hostile = List.of(
                "Jane Roe, Senior Fellow\n".repeat(25_000),
                "Jane Roe, Senior Fellow\n\n".repeat(25_000),
                "Jane Roe\nSenior Fellow, Lab\n\n".repeat(20_000),
                "Jane Roe, Fellow, Lab\nJune 3, 2024\n".repeat(20_000),
                "Jane Roe, Fellow, Lab\n\nJune 3, 2024\n\n".repeat(20_000) + "Said.",
                "JANE ROEDirector".repeat(50_000),
                "Jane Roe (" + "(".repeat(300) + "\n\nSaid.\n\n".repeat(25_000),
                "Jane RoeSenior Fellow\nSaid it.\n".repeat(25_000),
                "Photo: x\n\nJane Roe\n\nJane Roe is a fellow.\n\n".repeat(15_000),
                ("A" + "b".repeat(299) + "\n").repeat(5_000));
        for (String text : hostile) {
            assertReadsWithinBound(text);
        }
    }

    private static void assertReadsWithinBound(String text) {
        int lineCount = Paragraphs.lines(text).size();
        for (RoundUpFormat format : FORMATS) {
            FormatReading reading = assertTimeoutPreemptively(BOUND, () -> {
                SourceDocument document = SourceDocuments.of(text, "property");
                assertThat(format.recognise(document)).isBetween(0.0, 1.0);
                return format.read(document);
            });
            assertThat(reading.warnings()).allSatisfy(w -> assertThat(w.line()).isBetween(0, lineCount));
            assertThat(reading.entries()).allSatisfy(entry -> {
                assertThat(entry.firstLine()).isBetween(1, lineCount);
                assertThat(entry.lastLine()).isBetween(entry.firstLine(), lineCount);
                assertThat(entry.quotes()).allSatisfy(q -> assertThat(q.text()).isNotBlank());
            });
        }
    }

    @Provide
    Arbitrary<String> headerish() {
        return Arbitraries.strings().withChars("()[],.;:-–—|/ \n\n\r\t\u00A0…’“”JRoeDirectorSeniFlwandPhoto:June2024")
                .ofMaxLength(3000);
    }

    @Provide
    Arbitrary<String> mutatedFixtures() {
        Arbitrary<UnaryOperator<String>> mutation = TextMutations.of(
                "", "Jane Roe", "Jane Roe, Fellow", "Jane Roe (Fellow, Lab)", "JANE ROEDirector", "June 3, 2024",
                "Read more", "Photo: x", "## Jane Roe", "Jane Roe is a fellow.");
        return Combinators.combine(Arbitraries.of(FIXTURES), mutation)
                .as((fixture, mutations) -> mutations.apply(FixtureFiles.text(fixture)));
    }

}
