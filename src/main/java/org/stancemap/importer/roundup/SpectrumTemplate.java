package org.stancemap.importer.roundup;

import java.util.List;
import java.util.Locale;
import org.stancemap.model.Band;
import org.stancemap.model.Spectrum;

/**
 * The spectra a new map starts from. A round-up asking "how likely" suits the likelihood scale; a vote panel,
 * whose experts agree or disagree with a proposition, the agreement scale; anything else a custom axis the
 * analyst labels and bands.
 */
public enum SpectrumTemplate {
    /** Five bands of the estimative-probability scale, from "Very unlikely" to "Very likely". */
    LIKELIHOOD("Likelihood", "Very unlikely", "Very likely", List.of(
            new Band("Very unlikely", 0.0, 0.2, "The expert sees almost no chance of it."),
            new Band("Unlikely", 0.2, 0.4, "The expert thinks it improbable, though not ruled out."),
            new Band("Roughly even", 0.4, 0.6, "The expert sees it as about as likely as not, or is undecided."),
            new Band("Likely", 0.6, 0.8, "The expert thinks it probable."),
            new Band("Very likely", 0.8, 1.0, "The expert thinks it almost certain, or already the case."))),
    /** The five answers of a vote panel, from "Strongly disagree" to "Strongly agree". */
    AGREEMENT("Agreement", "Strongly disagree", "Strongly agree", List.of(
            new Band("Strongly disagree", 0.0, 0.2, "The expert firmly rejects the proposition."),
            new Band("Disagree", 0.2, 0.4, "The expert rejects the proposition."),
            new Band("Uncertain", 0.4, 0.6, "The expert neither agrees nor disagrees, or is unsure."),
            new Band("Agree", 0.6, 0.8, "The expert accepts the proposition."),
            new Band("Strongly agree", 0.8, 1.0, "The expert firmly accepts the proposition."))),
    /** An axis with the analyst's own end labels and no bands yet. */
    CUSTOM("Custom", "", "", List.of());

    /** Words of a title that asks how likely something is ("How Likely Is …", "Will … Hold?"), lower case. */
    private static final List<String> LIKELIHOOD_CUES = List.of("likely", "likelihood", "chance", "probab",
            " will ", " could ", " would ", " can ", " odds ", "prospects");

    private final String label;
    private final String leftLabel;
    private final String rightLabel;
    private final List<Band> bands;

    SpectrumTemplate(String label, String leftLabel, String rightLabel, List<Band> bands) {
        this.label = label;
        this.leftLabel = leftLabel;
        this.rightLabel = rightLabel;
        this.bands = bands;
    }

    /** How the user knows it: "Likelihood", "Agreement", "Custom". */
    public String label() {
        return label;
    }

    /** The template's spectrum for {@code question}; a custom one with its end labels empty until the user names them. */
    public Spectrum spectrum(String question) {
        return new Spectrum(question, leftLabel, rightLabel, bands);
    }

    /** A custom axis: {@code question} between the two labels, no bands. */
    public static Spectrum custom(String question, String leftLabel, String rightLabel) {
        return Spectrum.unbanded(question, leftLabel, rightLabel);
    }

    /**
     * The template a round-up titled {@code title} suggests: the likelihood scale when the title asks how likely
     * something is or whether it will happen, a custom axis otherwise, which the user then labels.
     */
    public static SpectrumTemplate forTitle(String title) {
        String lower = " " + title.toLowerCase(Locale.ROOT) + " ";
        for (String cue : LIKELIHOOD_CUES) {
            if (lower.contains(cue)) {
                return LIKELIHOOD;
            }
        }
        return CUSTOM;
    }

    /** The template named {@code name} as a user types it ("likelihood", "Agreement"), case aside. */
    public static SpectrumTemplate named(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
