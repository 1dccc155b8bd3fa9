package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The line readers of a vote panel on the variants the fixtures do not spell out one by one. */
class VoteLinesTest {

    @Test
    void voteLineMayCarryItsConfidenceButNothingElse() {
        assertThat(VoteLines.vote("Agree (confidence 8)")).hasValueSatisfying(v -> {
            assertThat(v.band()).isEqualTo(3);
            assertThat(v.confidence()).isEqualTo(OptionalInt.of(8));
        });
        assertThat(VoteLines.vote("Uncertain, 5")).hasValueSatisfying(v -> assertThat(v.confidence()).hasValue(5));
        assertThat(VoteLines.vote("Answer: Strongly disagree — Confidence: 9/10")).hasValueSatisfying(v -> {
            assertThat(v.band()).isZero();
            assertThat(v.confidence()).hasValue(9);
        });
        assertThat(VoteLines.vote("STRONGLY AGREE.")).hasValueSatisfying(v -> assertThat(v.band()).isEqualTo(4));
        assertThat(VoteLines.vote("Did not answer")).hasValueSatisfying(v -> assertThat(v.isPlaced()).isFalse());
        assertThat(VoteLines.vote("Agree with the premise, not the conclusion")).isEmpty();
        assertThat(VoteLines.vote("Agreed.")).isEmpty();
        assertThat(VoteLines.vote("Disagreement is healthy.")).isEmpty();
    }

    @Test
    void confidenceIsReadInItsUsualSpellingsAndReturnedAsWritten() {
        for (String text : List.of("8", "8/10", "(8)", "Confidence: 8", "confidence level 8", "Confidence = 8.")) {
            assertThat(VoteLines.confidence(text)).as(text).hasValue(8);
        }
        assertThat(VoteLines.confidence("12")).hasValue(12);
        assertThat(VoteLines.confidence("8 years from now")).isEmpty();
        assertThat(VoteLines.confidence("Confident")).isEmpty();
        assertThat(VoteLines.confidence("12345")).isEmpty();
    }

    @Test
    void rowNeedsCapitalisedWordsBeforeItsVoteAndAConfidenceCellOrEndAfterIt() {
        assertThat(VoteLines.row("Most economists agree 7 times in 10")).isEmpty();
        assertThat(VoteLines.row("Most Economists Agree On Tariffs")).isEmpty();
        assertThat(VoteLines.row("I Agree 100 percent")).isEmpty();
        assertThat(VoteLines.row("Jane Roe Yale Agree")).hasValueSatisfying(r -> {
            assertThat(r.name()).isEqualTo("Jane Roe");
            assertThat(r.institution()).isEqualTo("Yale");
            assertThat(r.vote().confidence()).isEmpty();
        });
        assertThat(VoteLines.row("Jane Roe | Yale | agree | | Fine.")).hasValueSatisfying(r -> {
            assertThat(r.vote().band()).isEqualTo(3);
            assertThat(r.vote().comment()).isEqualTo("Fine.");
        });
        assertThat(VoteLines.row("Roe\tJane Roe\tYale\tDisagree\t4")).hasValueSatisfying(r -> {
            assertThat(r.name()).isEqualTo("Jane Roe");
            assertThat(r.institution()).isEqualTo("Yale");
        });
    }

    @Test
    void namesInCapitalsTakeTheCaseOfANameWithParticlesInLowerCase() {
        assertThat(PanelNames.titleCased("JAN VAN DER BERG")).isEqualTo("Jan van der Berg");
        assertThat(PanelNames.titleCased("AISLING O'BRIEN")).isEqualTo("Aisling O'Brien");
        assertThat(PanelNames.titleCased("CLAIRE DUBOIS-MARTIN")).isEqualTo("Claire Dubois-Martin");
        assertThat(PanelNames.titleCased("OWEN MCLEAN")).isEqualTo("Owen McLean");
        assertThat(PanelNames.titleCased("Robert E. Hall")).isEqualTo("Robert E. Hall");
        assertThat(PanelNames.titleCased("Daron ACEMOGLU")).isEqualTo("Daron Acemoglu");
    }

    @Test
    void questionLabelsAndSectionMarkersAreToldFromSentences() {
        assertThat(PanelQuestion.read("Question A: Tariffs raise prices.")).hasValueSatisfying(q -> {
            assertThat(q.label()).isEqualTo("A");
            assertThat(q.text()).isEqualTo("Tariffs raise prices.");
        });
        assertThat(PanelQuestion.read("**Statement 2:** Rents fall.")).hasValueSatisfying(q -> {
            assertThat(q.label()).isEqualTo("2");
            assertThat(q.text()).isEqualTo("Rents fall.");
        });
        assertThat(PanelQuestion.read("Question B Participant Responses")).hasValueSatisfying(q -> {
            assertThat(q.stated()).isFalse();
            assertThat(q.label()).isEqualTo("B");
        });
        assertThat(PanelQuestion.read("Question A is badly worded, in my view.")).isEmpty();
        assertThat(PanelQuestion.read("Questions remain.")).isEmpty();
        assertThat(PanelQuestion.read("Question time is over")).isEmpty();
    }
}
