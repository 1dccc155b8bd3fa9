package org.stancemap.suggest;

import java.util.List;
import java.util.Optional;

import org.stancemap.model.Voice;

/**
 * Suggests a position from a voice's estimative phrases: the mean probability they convey, mapped to the axis
 * by a straight line fitted (least squares) to voices already placed. A voice with no such phrase gets the
 * median position of the placed ones. Everything a suggestion rests on is in it.
 */
public final class Suggester {

    /** A suggested position and the phrases it rests on (none when it is the median). */
    public record Suggestion(double position, List<Evidence> evidence) {
    }

    private final double intercept;
    private final double slope;
    private final double median;

    private Suggester(double intercept, double slope, double median) {
        this.intercept = intercept;
        this.slope = slope;
        this.median = median;
    }

    /** Learns from {@code placed}: voices with a current placement; others are ignored. */
    public static Suggester trainedOn(List<Voice> placed) {
        List<Voice> voices = placed.stream().filter(v -> v.placement().isPresent()).toList();
        if (voices.isEmpty()) {
            throw new IllegalArgumentException("a suggester learns from at least one placed voice");
        }
        double[] positions = voices.stream().mapToDouble(v -> v.placement().orElseThrow().position()).sorted().toArray();
        int n = positions.length;
        double median = n % 2 == 1 ? positions[n / 2] : (positions[n / 2 - 1] + positions[n / 2]) / 2;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int m = 0;
        for (Voice voice : voices) {
            Optional<Double> score = score(StanceEvidence.of(voice));
            if (score.isPresent()) {
                double x = score.get();
                double y = voice.placement().orElseThrow().position();
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
                m++;
            }
        }
        double variance = m * sxx - sx * sx;
        if (m < 2 || variance <= 0) {
            return new Suggester(median, 0, median);
        }
        double slope = (m * sxy - sx * sy) / variance;
        return new Suggester((sy - slope * sx) / m, slope, median);
    }

    public Suggestion suggest(Voice voice) {
        List<Evidence> evidence = StanceEvidence.of(voice);
        return score(evidence)
                .map(s -> new Suggestion(Math.max(0, Math.min(1, intercept + slope * s)), evidence))
                .orElse(new Suggestion(median, List.of()));
    }

    private static Optional<Double> score(List<Evidence> evidence) {
        return evidence.isEmpty()
                ? Optional.empty()
                : Optional.of(evidence.stream().mapToDouble(Evidence::probability).average().orElseThrow());
    }
}
