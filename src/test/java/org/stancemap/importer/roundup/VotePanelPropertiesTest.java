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
import org.stancemap.model.Band;

/**
 * On any text the vote panel format answers in bounded time, with a confidence between 0 and 1 and a reading
 * whose lines point into the text and whose stances sit at the centre of an agreement band.
 */
class VotePanelPropertiesTest {

    /**
     * Generous for the hostile texts below (up to 3 MB, or 20,000 repeated lines); a quadratic or backtracking
     * reading would blow it.
     */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static final List<Band> BANDS = SpectrumTemplate.AGREEMENT.spectrum("").bands();

    private final VotePanelFormat format = new VotePanelFormat();

    @Property
    void neverThrowsOnArbitraryStrings(@ForAll @StringLength(max = 2000) String text) {
        assertReadsWithinBound(text);
    }

    @Property
    void neverThrowsOnTextMadeOfAPanelsOwnWords(@ForAll("panelish") String text) {
        assertReadsWithinBound(text);
    }

    @Property
    void neverThrowsOnMutationsOfTheFixtures(@ForAll("mutatedFixtures") String text) {
        assertReadsWithinBound(text);
    }

    @Test
    void hostileLongLinesAndManyRepeatedLinesReadInLinearTime() {
        List<String> texts = List.of(
                "Agree ".repeat(500_000),
                "\t".repeat(1_000_000) + "Agree 7",
                "Jane Roe MIT Agree 7 fine\n".repeat(20_000),
                "Roe Jane Roe Roe Jane Roe Yale Agree 7\n".repeat(20_000),
                "JANE ROE is Professor at Yale\nAgree\nConfidence: 8\nA comment.\n".repeat(10_000),
                "Question A: Is it?\n" + "Question B Participant Responses\nJane Roe Yale Agree 7\n".repeat(20_000),
                "Jane Roe\n".repeat(50_000) + "Agree\n",
                "Jane Roe\nYale\n\n\n".repeat(20_000) + "Agree\n",
                "| Jane | Roe ".repeat(200_000) + "| Agree | 7 |",
                "Question " + "A".repeat(1_000_000) + ":",
                "Confidence: " + "8".repeat(1_000_000),
                ("Jane Roe, Yale\nAgree\n" + "comment line\n".repeat(10)).repeat(2_000));
        for (String text : texts) {
            assertReadsWithinBound(text);
        }
    }

    private void assertReadsWithinBound(String text) {
        int lineCount = Paragraphs.lines(text).size();
        SourceDocument document = SourceDocuments.of(text, "property");
        double confidence = assertTimeoutPreemptively(BOUND, () -> format.recognise(document));
        FormatReading reading = assertTimeoutPreemptively(BOUND, () -> format.read(document));

        assertThat(confidence).isBetween(0.0, 1.0);
        assertThat(reading.warnings()).allSatisfy(w -> assertThat(w.line()).isBetween(0, lineCount));
        assertThat(reading.entries()).allSatisfy(entry -> {
            assertThat(entry.firstLine()).isBetween(1, lineCount);
            assertThat(entry.people()).isNotEmpty();
            assertThat(entry.quotes()).allSatisfy(q -> {
                assertThat(q.text()).isNotBlank();
                assertThat(q.lastLine()).isLessThanOrEqualTo(lineCount);
            });
            entry.stance().ifPresent(s -> assertThat(BANDS.stream()
                    .anyMatch(b -> b.label().equals(s.answer()) && b.centre() == s.position()))
                    .as("%s sits at the centre of its band", s).isTrue());
        });
    }

    @Provide
    Arbitrary<String> panelish() {
        Arbitrary<String> word = Arbitraries.of("Agree", "agree", "Strongly", "Disagree", "Uncertain", "No", "opinion",
                "Did", "not", "answer", "Question", "Statement", "A:", "B:", "B", ":", "Participant", "Responses",
                "Confidence:", "8", "10", "12",
                "0", "/10", "(", ")", "JANE", "ROE", "Jane", "Roe", "is", "Professor", "at", "Yale", "University", "of",
                "van", "der", "Berg", "MIT", "Vote:", "Comment:", "Bio/Vote History", "|", "---", "\t", "  ", " ", "\n",
                "\n\n", ",", "Name", "Institution", "Vote", "Comment", "É", "’");
        return word.list().ofMaxSize(300).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<String> mutatedFixtures() {
        Arbitrary<UnaryOperator<String>> mutation = TextMutations.of(
                "", "Agree", "Confidence: 11", "Question B: Another?", "Jane Roe MIT Agree 7",
                "JANE ROE is Professor at Yale", "No opinion", "\t\t", "Comment:", "Question B:",
                "Question A Participant Responses", "Question C Responses");
        return Combinators.combine(Arbitraries.of(VotePanelFixtures.ALL), mutation)
                .as((fixture, mutations) -> mutations.apply(VotePanelFixtures.read(fixture)));
    }

}
