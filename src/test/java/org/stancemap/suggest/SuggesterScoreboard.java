package org.stancemap.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.stancemap.model.Band;
import org.stancemap.model.Project;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;
import org.stancemap.store.BundledMap;

/**
 * The suggester against the constant "everyone in Partnership with limits" on the bundled map, each voice
 * suggested by a suggester trained on the other 50 (leave-one-out), so no voice is ever suggested by a suggester
 * that saw its placement. Run as a program it prints the README's table:
 * {@code ./mvnw -q test-compile exec:exec -Dexec.args="-cp %classpath org.stancemap.suggest.SuggesterScoreboard"}.
 */
public final class SuggesterScoreboard {

    /** The constant the issue measures against: the centre of "Partnership with limits". */
    static final double CONSTANT = 0.3;

    /** How one way of placing did. */
    record Score(String name, int bandHits, int voices, double meanAbsoluteError, double spearman) {
        boolean beats(Score other) {
            return bandHits > other.bandHits && meanAbsoluteError < other.meanAbsoluteError;
        }
    }

    private SuggesterScoreboard() {
    }

    public static void main(String[] args) {
        Project map = BundledMap.load();
        Score constant = constant(map);
        Score suggester = leaveOneOut(map);
        long withEvidence = map.voices().stream().filter(v -> !StanceEvidence.of(v).isEmpty()).count();
        System.out.println("| placing | band hits | mean absolute error | Spearman ρ |");
        System.out.println("|---|---|---|---|");
        for (Score score : List.of(constant, suggester)) {
            System.out.printf(Locale.ROOT, "| %s | %d / %d | %.3f | %s |%n", score.name(), score.bandHits(),
                    score.voices(), score.meanAbsoluteError(),
                    Double.isNaN(score.spearman()) ? "— (no ranking)" : String.format(Locale.ROOT, "%.2f", score.spearman()));
        }
        System.out.printf(Locale.ROOT, "%nExperts with an estimative phrase: %d of %d. Suggestion shown in triage: %s.%n",
                withEvidence, map.voices().size(), suggester.beats(constant) ? "yes" : "no, it does not beat the constant");
    }

    static Score constant(Project map) {
        return score("everyone at 0.30 (Partnership with limits)", map, v -> CONSTANT);
    }

    static Score leaveOneOut(Project map) {
        return score("estimative words, negation-aware, leave-one-out", map, voice -> {
            List<Voice> others = map.voices().stream().filter(v -> !v.id().equals(voice.id())).toList();
            return Suggester.trainedOn(others).suggest(voice).position();
        });
    }

    private static Score score(String name, Project map, Function<Voice, Double> place) {
        Spectrum spectrum = map.spectrum();
        List<Double> truth = new ArrayList<>();
        List<Double> guess = new ArrayList<>();
        int hits = 0;
        for (Voice voice : map.voices()) {
            double actual = voice.placement().orElseThrow().position();
            double suggested = place.apply(voice);
            truth.add(actual);
            guess.add(suggested);
            if (spectrum.bandAt(actual).map(Band::label).equals(spectrum.bandAt(suggested).map(Band::label))) {
                hits++;
            }
        }
        double mae = 0;
        for (int i = 0; i < truth.size(); i++) {
            mae += Math.abs(truth.get(i) - guess.get(i));
        }
        boolean constant = guess.stream().distinct().count() == 1;
        double rho = constant ? Double.NaN : new SpearmansCorrelation().correlation(
                truth.stream().mapToDouble(Double::doubleValue).toArray(),
                guess.stream().mapToDouble(Double::doubleValue).toArray());
        return new Score(name, hits, truth.size(), mae / truth.size(), rho);
    }
}
