package org.stancemap.suggest;

import java.util.ArrayList;
import java.util.List;

import org.stancemap.model.Voice;
import org.stancemap.wording.StanceWords;
import org.stancemap.wording.WordKind;
import org.stancemap.wording.WordMark;

/**
 * The estimative phrases in a voice's quotes, each reversed when a negation's scope covers it: "not likely" and
 * "never certain" say the opposite of "likely" and "certain". A negation covers the next {@value #NEGATION_SCOPE}
 * words, the common window in negation-scope detection.
 */
public final class StanceEvidence {

    static final int NEGATION_SCOPE = 3;

    private StanceEvidence() {
    }

    public static List<Evidence> of(Voice voice) {
        List<Evidence> evidence = new ArrayList<>();
        for (int q = 0; q < voice.quotes().size(); q++) {
            String text = voice.quotes().get(q).text();
            List<WordMark> marks = StanceWords.find(text);
            WordMark lastNegation = null;
            for (WordMark mark : marks) {
                if (mark.kind() == WordKind.NEGATION) {
                    lastNegation = mark;
                } else if (mark.kind() == WordKind.ESTIMATIVE) {
                    double p = EstimativeScale.probability(mark.words()).orElseThrow(() ->
                            new IllegalStateException("no probability for the estimative phrase " + mark.words()));
                    boolean negated = lastNegation != null
                            && wordsBetween(text, lastNegation.end(), mark.start()) < NEGATION_SCOPE;
                    String words = negated ? text.substring(lastNegation.start(), mark.end()) : mark.words();
                    evidence.add(new Evidence(words, q, negated ? 1 - p : p, negated));
                }
            }
        }
        return List.copyOf(evidence);
    }

    private static int wordsBetween(String text, int from, int to) {
        String between = text.substring(from, to).strip();
        return between.isEmpty() ? 0 : between.split("\\s+").length;
    }
}
