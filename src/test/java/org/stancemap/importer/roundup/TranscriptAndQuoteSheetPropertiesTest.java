package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.TextMutations;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.RoundUpFixtures;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.model.Person;

/**
 * On any text the transcript and quote-sheet formats recognise and read in bounded time, never throw, name only
 * people the text names, and point every warning and quote into the text.
 */
class TranscriptAndQuoteSheetPropertiesTest {

    /** Generous for texts of a few hundred KB; a quadratic or backtracking reading would blow it. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static final List<String> FIXTURES = List.of("transcript-panel-caps.txt",
            "transcript-interview-inline.txt", "transcript-podcast-timestamps.txt", "transcript-q-and-a.txt",
            "transcript-roundtable-brackets.txt",
            "quotesheet-bullets-curly.txt", "quotesheet-speaker-after.txt", "quotesheet-numbered-straight.txt");

    private static final List<RoundUpFormat> FORMATS = List.of(new TranscriptFormat(), new QuoteSheetFormat());

    @Property
    void neverThrowOnArbitraryStrings(@ForAll @StringLength(max = 2000) String text) {
        assertReadsWithinBound(text);
    }

    @Property
    void neverThrowOnStringsMadeOfTheirOwnCharacters(@ForAll("labelish") String text) {
        assertReadsWithinBound(text);
    }

    @Property
    void neverThrowOnMutatedFixtures(@ForAll("mutatedFixtures") String text) {
        assertReadsWithinBound(text);
    }

    @Test
    void hostileLongInputsAreReadInLinearTime() {
        List<String> hostile = List.of(
                "JANE ROE:\n".repeat(50_000),
                "A B: x\n".repeat(30_000) + "A B: y?\n".repeat(30_000),
                "[" + "0:".repeat(100_000) + "]",
                "- “" + "a “".repeat(100_000) + "\n",
                "“x” — " + "Jane Roe, ".repeat(50_000),
                "Participants\n" + "Jane Roe, Fellow\n".repeat(25_000) + "ROE: hi\n".repeat(1000),
                "moderated by " + "Jane Roe ".repeat(50_000),
                "Speakers\n\n" + "Ann Roe" + " is a fellow. ".repeat(50_000),
                String.join("\n", java.util.stream.IntStream.range(0, 20_000)
                        .mapToObj(i -> "SPEAKER" + (char) ('A' + i % 26) + (char) ('A' + i / 26 % 26) + " ROE: question " + i + "?")
                        .toList()),
                "- A" + ":".repeat(150_000) + "“x”");
        for (String text : hostile) {
            assertReadsWithinBound(text);
        }
    }

    /** Checked one by one, not with allSatisfy, so that a failure on a huge input reports one element, not all. */
    private static void assertReadsWithinBound(String text) {
        int lineCount = Paragraphs.lines(text).size();
        String lower = text.toLowerCase(Locale.ROOT);
        SourceDocument document = SourceDocument.plainText("t", text);
        for (RoundUpFormat format : FORMATS) {
            double confidence = assertTimeoutPreemptively(BOUND, () -> format.recognise(document));
            FormatReading reading = assertTimeoutPreemptively(BOUND, () -> format.read(document));

            assertThat(confidence).isBetween(0.0, 1.0);
            for (ImportWarning warning : reading.warnings()) {
                assertThat(warning.line()).isBetween(0, lineCount);
            }
            for (DraftEntry entry : reading.entries()) {
                assertThat(entry.lastLine()).isLessThanOrEqualTo(lineCount);
                for (DraftQuote quote : entry.quotes()) {
                    assertThat(quote.text()).isNotBlank();
                }
                for (Person person : entry.people()) {
                    // a speaker is only ever named by the text itself, though perhaps in other capitals
                    assertThat(lower).contains(person.name().split(" ")[0].toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    @Provide
    Arbitrary<String> labelish() {
        return Arbitraries.strings().withChars("[]():“”\"«»—–-•*1. \n\tQAJANEROEjaneroe?!0123456789,;")
                .ofMaxLength(3000);
    }

    @Provide
    Arbitrary<String> mutatedFixtures() {
        Arbitrary<UnaryOperator<String>> mutation = TextMutations.of(
                "", "JANE ROE:", "ROE:", "Q:", "A:", "MODERATOR:", "[crosstalk]", "About the speakers",
                "- Unknown: “x”", "“y” — Jane Roe, Fellow", "(END)");
        return Combinators.combine(Arbitraries.of(FIXTURES), mutation)
                .as((fixture, mutations) -> mutations.apply(RoundUpFixtures.text(fixture)));
    }

}
