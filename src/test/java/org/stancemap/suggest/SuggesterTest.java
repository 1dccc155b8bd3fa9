package org.stancemap.suggest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stancemap.model.Citation;
import org.stancemap.model.CitationDate;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.Voice;
import org.stancemap.store.BundledMap;
import org.stancemap.wording.StanceWords;
import org.stancemap.wording.WordKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The suggester's parts, and the measurement that decides whether triage shows it. */
class SuggesterTest {

    private final Project map = BundledMap.load();

    @Test
    void everyEstimativePhraseHasAProbabilityOnTheScale() {
        assertThat(StanceWords.phrases(WordKind.ESTIMATIVE))
                .allSatisfy(phrase -> assertThat(EstimativeScale.probability(phrase)).as(phrase).isPresent());
        assertThat(EstimativeScale.probability("Very  Unlikely")).contains(0.125);
        assertThat(EstimativeScale.probability("alliance")).isEmpty();
    }

    @Test
    void aNegationJustBeforeAnEstimativePhraseReversesIt() {
        List<Evidence> evidence = StanceEvidence.of(voice(
                "An alliance is not likely. It is very likely to deepen. No, it is, in the end, certain."));

        assertThat(evidence).extracting(Evidence::words).containsExactly("not likely", "very likely", "certain");
        assertThat(evidence.get(0).probability()).isCloseTo(1 - 0.675, within(1e-9));
        assertThat(evidence.get(0).negated()).isTrue();
        assertThat(evidence.get(1).probability()).isEqualTo(0.875);
        assertThat(evidence.get(2).negated()).isFalse();
    }

    @Test
    void aVoiceWithoutEstimativeWordsGetsTheMedianAndNoEvidence() {
        Suggester suggester = Suggester.trainedOn(map.voices());

        Suggester.Suggestion suggestion = suggester.suggest(voice("Moscow and Beijing coordinate at the UN."));

        assertThat(suggestion.evidence()).isEmpty();
        double[] positions = map.voices().stream().mapToDouble(v -> v.placement().orElseThrow().position())
                .sorted().toArray();
        assertThat(positions).hasSize(51);
        assertThat(suggestion.position()).isEqualTo(positions[25]);
    }

    @Test
    void theConstantBaselineIsTheIssuesAndTheSuggesterIsShownOnlyIfItBeatsIt() {
        SuggesterScoreboard.Score constant = SuggesterScoreboard.constant(map);
        SuggesterScoreboard.Score suggester = SuggesterScoreboard.leaveOneOut(map);

        assertThat(constant.bandHits()).isEqualTo(25);
        assertThat(constant.meanAbsoluteError()).isCloseTo(0.139, within(0.0005));
        assertThat(suggester.voices()).isEqualTo(51);
        // Triage shows no suggestion: this holds the README's statement to the measurement.
        assertThat(suggester.beats(constant)).isFalse();
    }

    private static Voice voice(String text) {
        Citation citation = new Citation("Test", CitationDate.unknown("n.d."), "Test, n.d.");
        return new Voice("v", List.of(new Person("A. Person", "Analyst", java.util.Optional.empty())),
                List.of(new Quote(text, citation)), Map.of(), List.of(), "");
    }
}
