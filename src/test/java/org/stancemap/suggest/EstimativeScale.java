package org.stancemap.suggest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The probability each estimative phrase of {@link org.stancemap.wording.StanceWords} conveys, from the scales
 * analysts are trained on: the US ICD 203 bands (almost no chance 1–5 %, very unlikely 5–20 %, unlikely 20–45 %,
 * roughly even 45–55 %, likely 55–80 %, very likely 80–95 %, almost certain 95–99 %) at their middles, with the
 * UK yardstick's "realistic possibility" (25–50 %). A test holds it to the word list, phrase for phrase.
 */
public final class EstimativeScale {

    private static final Map<String, Double> PROBABILITY = Map.ofEntries(
            Map.entry("almost no chance", 0.03), Map.entry("no chance", 0.03), Map.entry("impossible", 0.03),
            Map.entry("unthinkable", 0.03), Map.entry("inconceivable", 0.03), Map.entry("remote", 0.03),
            Map.entry("remote chance", 0.03), Map.entry("remote possibility", 0.03),
            Map.entry("little chance", 0.125), Map.entry("slim chance", 0.125), Map.entry("very unlikely", 0.125),
            Map.entry("highly unlikely", 0.125), Map.entry("extremely unlikely", 0.03),
            Map.entry("highly improbable", 0.125),
            Map.entry("unlikely", 0.325), Map.entry("improbable", 0.325), Map.entry("doubtful", 0.325),
            Map.entry("realistic possibility", 0.375),
            Map.entry("roughly even", 0.5), Map.entry("roughly even chance", 0.5), Map.entry("roughly even odds", 0.5),
            Map.entry("even chance", 0.5), Map.entry("even odds", 0.5), Map.entry("fifty-fifty", 0.5),
            Map.entry("real possibility", 0.5), Map.entry("distinct possibility", 0.5), Map.entry("possible", 0.5),
            Map.entry("more likely than not", 0.675), Map.entry("better than even", 0.675),
            Map.entry("probable", 0.675), Map.entry("probably", 0.675), Map.entry("likely", 0.675),
            Map.entry("chances are", 0.675),
            Map.entry("very likely", 0.875), Map.entry("highly likely", 0.875), Map.entry("in all likelihood", 0.875),
            Map.entry("almost certain", 0.97), Map.entry("almost certainly", 0.97), Map.entry("nearly certain", 0.97),
            Map.entry("virtually certain", 0.97), Map.entry("certain", 0.97), Map.entry("certainly", 0.97),
            Map.entry("inevitable", 0.97), Map.entry("inevitably", 0.97));

    private EstimativeScale() {
    }

    /** The probability a phrase conveys, ignoring case and spacing; empty for a phrase that is not estimative. */
    public static Optional<Double> probability(String phrase) {
        String folded = String.join(" ", phrase.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("\\s+"));
        return Optional.ofNullable(PROBABILITY.get(folded));
    }
}
