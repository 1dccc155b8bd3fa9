package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import org.stancemap.importer.ImportResult;
import org.stancemap.importer.SeedText;
import org.stancemap.importer.text.SourceDocuments;
import org.stancemap.model.Placement;
import org.stancemap.model.Project;
import org.stancemap.model.Voice;

/**
 * Vote panels through the whole import: the registry picks the vote panel format for every fixture and for no
 * other shape, and the project comes out already placed on the agreement spectrum.
 */
class VotePanelImportTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final RoundUpImporter importer = new RoundUpImporter(RoundUpFormats.standard(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final VotePanelFormat format = new VotePanelFormat();

    static final List<String> FIXTURES = VotePanelFixtures.ALL;

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void registryReadsEveryVotePanelFixtureAsAVotePanel(String fixture) {
        RoundUpDraft draft = importer.draft(VotePanelFixtures.read(fixture), fixture);

        assertThat(draft.chosen().format().name()).isEqualTo("vote panel");
        assertThat(draft.chosen().confidence()).isGreaterThanOrEqualTo(0.8);
        assertThat(draft.proposedTemplate()).isEqualTo(SpectrumTemplate.AGREEMENT);
    }

    @Test
    void blocksImportAlreadyPlacedOnTheAgreementSpectrumWithTheExpertsConfidence() {
        ImportResult<Project> result = importer.project(importer.draft(VotePanelFixtures.read(VotePanelFixtures.BLOCKS),
                VotePanelFixtures.BLOCKS));
        Project project = result.value();

        String proposition = "A congestion charge in a large city would reduce peak-hour traffic substantially "
                + "within two years.";
        assertThat(project.spectrum()).isEqualTo(SpectrumTemplate.AGREEMENT.spectrum(proposition));
        // the one expert with no opinion and no comment is not on the map, and is told of
        assertThat(result.warnings()).extracting(w -> w.line()).containsExactly(33);
        assertThat(project.voices()).hasSize(11);
        assertThat(project.voices()).filteredOn(v -> v.placements().isEmpty()).extracting(Voice::displayName)
                .containsExactly("Claire Dubois-Martin");
        assertThat(project.roundUp().imported().orElseThrow().format()).isEqualTo("vote panel");

        assertPlaced(project, "lena-hartmann", "Agree", 0.8);
        assertPlaced(project, "jan-van-der-berg", "Strongly agree", 0.9);
        assertPlaced(project, "marta-novakova", "Uncertain", 0.4);
        assertPlaced(project, "owen-mclean", "Disagree", 0.6);
        assertPlaced(project, "priya-ramaswamy", "Strongly disagree", 0.5);
        assertPlaced(project, "kofi-mensah", "Agree", 1.0);
        assertThat(project.voice("sofia-garcia-lopez").orElseThrow().quotes()).isEmpty();
    }

    private static void assertPlaced(Project project, String id, String band, double confidence) {
        Voice voice = project.voice(id).orElseThrow(() -> new AssertionError("no voice " + id));
        assertThat(voice.placements()).hasSize(1);
        Placement placement = voice.placement().orElseThrow();
        assertThat(project.spectrum().bandAt(placement.position()).orElseThrow().label()).isEqualTo(band);
        assertThat(placement.rationale()).isEqualTo("Stated by the expert: " + band);
        assertThat(placement.confidence()).isEqualTo(OptionalDouble.of(confidence));
        assertThat(placement.placedBy()).isEqualTo(DraftAssembly.STATED_BY_THE_EXPERT);
        assertThat(placement.placedAt()).isEqualTo(NOW);
    }

    @Test
    void pastedResultsPageImportsOnlyItsFirstQuestionAndKeepsTheWarningInTheProject() {
        ImportResult<Project> result = importer.project(importer.draft(
                VotePanelFixtures.read(VotePanelFixtures.RESULTS_PAGE), VotePanelFixtures.RESULTS_PAGE));
        Project project = result.value();

        assertThat(project.spectrum().question()).startsWith("A permanent shift to remote work").contains("property values");
        assertThat(project.voices()).hasSize(14);
        assertThat(project.voices()).allSatisfy(v -> assertThat(v.placements()).hasSize(1));
        assertThat(result.warnings()).extracting(w -> w.line()).containsExactly(7, 31, 50);
        assertThat(project.roundUp().imported().orElseThrow().warnings()).extracting(w -> w.line())
                .containsExactly(7, 31, 50);
        Voice mensah = project.voice("kofi-mensah").orElseThrow();
        assertThat(mensah.placement().orElseThrow().confidence()).isEqualTo(OptionalDouble.of(1.0));
        assertThat(mensah.quotes()).singleElement().satisfies(q -> assertThat(q.citation().isStated()).isFalse());
    }

    @Test
    void seedIsStillReadAsCitedBlocksAndIsNothingLikeAVotePanel() {
        String seed = SeedText.roundUp();

        assertThat(format.recognise(SourceDocuments.of(seed, "seed"))).isZero();
        assertThat(importer.draft(seed, "seed").chosen().format().name()).isEqualTo("cited blocks");
    }

    @Test
    void roundUpWithNameRoleHeadersAndAgreeInItsProseIsNotAVotePanel() {
        String text = """
                Expert Round-Up: Will the Euro Survive the Decade?

                Jane Roe, Senior Fellow, Institute for European Policy

                Most economists agree that the euro will survive. I agree, but not for the reasons they give.

                Strongly agree with the premise, less so with the conclusion.

                John Doe, Professor of Economics, University of Leeds

                I disagree. The politics will decide it.

                Agree.

                Ann Lee, Chief Economist, Northern Bank

                Uncertain, like everyone else. Ask me in five years.
                """;

        assertThat(format.recognise(SourceDocuments.of(text, "uncited"))).isZero();
    }

    @Test
    void transcriptWithSpeakerLabelsIsNotAVotePanel() {
        String text = """
                Panel discussion: Is inflation beaten?

                MODERATOR:
                Do you agree that inflation is beaten?

                JANE ROE:
                Agree, mostly. The core numbers are coming down.

                JOHN DOE:
                Disagree. Services inflation is sticky.

                MODERATOR:
                Strongly agree or strongly disagree, anyone?

                ANN LEE:
                Uncertain.
                """;

        assertThat(format.recognise(SourceDocuments.of(text, "transcript"))).isZero();
    }

    @Test
    void quoteSheetIsNotAVotePanel() {
        String text = """
                What they said about the merger

                - Jane Roe, analyst: “We agree with the regulator that prices would rise.” (Source: Daily Ledger)
                - John Doe in 2016: “I strongly disagree with the deal.” (Source: Business Weekly)
                - Ann Lee, economist: “Uncertain times call for caution.” (Source: Radio Four)
                - Attributed to several people: “Agree to disagree.” (Source: Online forum)
                """;

        assertThat(format.recognise(SourceDocuments.of(text, "quotes"))).isZero();
    }

    @Test
    void articleThatUsesAgreeInItsProseIsNotAVotePanel() {
        String text = """
                Do Economists Agree on Anything?

                Economists Agree 9 Times Out of 10, a survey once claimed. Most Economists Agree On Tariffs.
                Some disagree. Others strongly agree. A few had no opinion.

                Question: do they? Panel members often disagree with each other, and we asked them why.
                Experts Agree
                Confidence: 8 percent of them said they were sure.
                """;

        assertThat(format.recognise(SourceDocuments.of(text, "article"))).isZero();
    }

    @Test
    void articleWithASmallTableOfVotesIsNotTakenForAVotePanel() {
        StringBuilder text = new StringBuilder("Expert Round-Up: Rates\n\n");
        for (int i = 0; i < 40; i++) {
            text.append("Analyst Number").append(i).append(", Fellow, Institute\n\nRates will stay high for a while, "
                    + "and the experts we asked do not agree on how long.\n\n");
        }
        text.append("Name\tVote\tConfidence\nJane Roe\tAgree\t7\nJohn Doe\tDisagree\t6\nAnn Lee\tAgree\t5\n");

        assertThat(format.recognise(SourceDocuments.of(text.toString(), "article"))).isLessThan(0.2);
    }
}
