package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.RoundUpFixtures;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.text.SourceDocument;

/**
 * The registry chooses the transcript and quote-sheet formats for their own fixtures and for nothing else: the
 * seed, cited and uncited blocks of "Name, Role" headers and vote panels give them nothing or next to nothing.
 */
class TranscriptAndQuoteSheetRecognitionTest {

    /** What "next to nothing" means: below the registry's threshold for recognising a document at all. */
    private static final double NEAR_ZERO = 0.05;

    private final RoundUpFormats registry = RoundUpFormats.standard();
    private final TranscriptFormat transcript = new TranscriptFormat();
    private final QuoteSheetFormat quoteSheet = new QuoteSheetFormat();

    private static final String UNCITED_BLOCKS = """
            Expert Round-Up: Will the Strait Stay Open?

            May 2, 2024

            We asked four analysts whether shipping through the strait will be disrupted this year.

            JANE ROE, an independent analyst

            Disruption is likely but short: insurers will price it within weeks.

            Traffic will fall by a third before it recovers.

            JOHN DOE (Director, Maritime Institute, London and Oslo)

            I see no closure. Both sides need the revenue: neither can afford to stop it.

            Ann Lee
            Senior Fellow, Harbour Policy Centre

            “Closed” is the wrong word. “Taxed” is closer.

            BO PARKDirector of programs at the Shipping Forum

            Expect delays, not a blockade.
            """;

    private static final String VOTE_PANEL = """
            Economic Experts Panel: Minimum Wage

            Proposition: Raising the federal minimum wage to $15 would substantially reduce employment.

            JANE ROE is Professor of Economics at Yale University.
            Vote: Disagree
            Confidence: 7
            Comment: The evidence from state increases points to small effects.

            JOHN DOE is Professor at the University of Chicago.
            Vote: Agree
            Confidence: 6

            ANN LEE is Professor at Stanford University.
            Vote: Uncertain
            Confidence: 3
            Comment: Depends on the phase-in.

            ROE JANE\tYALE\tDisagree\t7
            DOE JOHN\tCHICAGO\tAgree\t6
            """;

    private static final String CITED_BLOCKS = """
            Expert Round-Up: Will Arctic Shipping Replace the Suez Route?

            March 3, 2022

            Marta Nováková, Professor of Maritime Economics, University of Gdańsk

            The route is seasonal: it will stay seasonal for decades. (Lloyd’s List, 05.09.21)

            Note: insurers still price an Arctic passage as an expedition. (Maritime Review, May-June 2018)

            Olav Berg, Senior Analyst, Arctic Institute

            Berg: “the numbers tell a story of slow growth.” (Arctic Yearbook, 2017-2018)
            """;

    @ParameterizedTest
    @ValueSource(strings = {"transcript-panel-caps.txt", "transcript-interview-inline.txt",
        "transcript-podcast-timestamps.txt", "transcript-q-and-a.txt", "transcript-bold-leads.md",
        "transcript-roundtable-brackets.txt"})
    void transcriptFixturesAreReadAsTranscriptsAndNotAsQuoteSheets(String fixture) {
        SourceDocument document = RoundUpFixtures.document(fixture);

        assertThat(registry.read(document).chosen().format()).isInstanceOf(TranscriptFormat.class);
        assertThat(transcript.recognise(document)).isGreaterThan(0.9);
        assertThat(quoteSheet.recognise(document)).isLessThan(NEAR_ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"quotesheet-bullets-curly.txt", "quotesheet-speaker-after.txt",
        "quotesheet-numbered-straight.txt", "quotesheet-markdown-list.md"})
    void quoteSheetFixturesAreReadAsQuoteSheetsAndNotAsTranscripts(String fixture) {
        SourceDocument document = RoundUpFixtures.document(fixture);

        assertThat(registry.read(document).chosen().format()).isInstanceOf(QuoteSheetFormat.class);
        assertThat(quoteSheet.recognise(document)).isGreaterThan(0.75);
        assertThat(transcript.recognise(document)).isLessThan(NEAR_ZERO);
    }

    @Test
    void seedIsStillReadAsCitedBlocksAndItsColonTitlesAreNoSpeakerLabels() {
        SourceDocument seed = SourceDocument.plainText("seed", SeedText.roundUp());

        RoundUpDraft draft = registry.read(seed);

        assertThat(draft.chosen().format()).isInstanceOf(CitedBlocksFormat.class);
        assertThat(draft.voices()).hasSize(51);
        assertThat(draft.warnings()).isEmpty();
        assertThat(transcript.recognise(seed)).isZero();
        assertThat(quoteSheet.recognise(seed)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"uncited", "vote", "cited"})
    void otherShapesGiveNeitherFormatAnything(String shape) {
        String text = switch (shape) {
            case "uncited" -> UNCITED_BLOCKS;
            case "vote" -> VOTE_PANEL;
            default -> CITED_BLOCKS;
        };
        SourceDocument document = SourceDocument.plainText(shape, text);

        assertThat(transcript.recognise(document)).isZero();
        assertThat(quoteSheet.recognise(document)).isZero();
    }
}
