package org.stancemap.importer.roundup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The question a title proposes: its label dropped when a question follows it, capitals kept only for names. */
class RoundUpQuestionTest {

    @Test
    void aRoundUpLabelGoesAndTitleCaseWordsTheTextWritesInLowerCaseAreLowered() {
        assertThat(RoundUpQuestion.fromTitle("Expert Round-Up: How Likely Is a Russian Military Alliance?",
                List.of("an alliance is likely, says the military attaché in Russia")))
                .isEqualTo("How likely is a Russian military alliance?");
    }

    @Test
    void anyLabelBeforeAQuestionGoes() {
        assertThat(RoundUpQuestion.fromTitle("Panel Discussion: How Likely Is a Water War?",
                List.of("a water war is likely"))).isEqualTo("How likely is a water war?");
        assertThat(RoundUpQuestion.fromTitle("Episode 112: Will the Treaty Hold?", List.of("the treaty will hold")))
                .isEqualTo("Will the treaty hold?");
    }

    @Test
    void aQuotedQuestionOrPropositionAfterALabelIsWhatIsAsked() {
        assertThat(RoundUpQuestion.fromTitle("Transcript: “Can Small Reactors Deliver by 2035?”",
                List.of("small reactors can deliver"))).isEqualTo("Can small reactors deliver by 2035?");
        assertThat(RoundUpQuestion.fromTitle("Panel poll: \"A four-day week would raise UK productivity\"", List.of()))
                .isEqualTo("A four-day week would raise UK productivity");
    }

    @Test
    void thePagesFramingAfterTheQuestionGoes() {
        assertThat(RoundUpQuestion.fromTitle("Will the Treaty Survive the Decade? Eight Experts Weigh In",
                List.of("the treaty will survive the decade"))).isEqualTo("Will the treaty survive the decade?");
    }

    @Test
    void aLabelBeforeAStatementStays() {
        assertThat(RoundUpQuestion.fromTitle("Water Wars: A Panel", List.of()))
                .isEqualTo("Water Wars: A Panel");
    }
}
