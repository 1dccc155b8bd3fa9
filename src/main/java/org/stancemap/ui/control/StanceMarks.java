package org.stancemap.ui.control;

import java.util.List;
import java.util.Locale;

import org.stancemap.wording.StanceWords;
import org.stancemap.wording.WordKind;

/**
 * The stance words of a quote as {@link MarkedText.Mark}s, styled by {@code stance-marks.css}: one mapping from
 * word kind to look, shared by every view that highlights quotes. Each kind differs in weight, slant or
 * underline as well as colour, so the marks still read in greyscale and for colour-blind readers.
 */
public final class StanceMarks {

    /** The stylesheet a scene or parent adds to show the marks. */
    public static final String STYLESHEET = StanceMarks.class.getResource("stance-marks.css").toExternalForm();

    private StanceMarks() {
    }

    /** The style class of one kind, e.g. {@code stance-estimative}. */
    public static String styleClass(WordKind kind) {
        return "stance-" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** Marks for the estimative words, negations, hedges and modal verbs; comparatives are too common to mark. */
    public static List<MarkedText.Mark> of(String text) {
        return StanceWords.find(text).stream()
                .filter(mark -> mark.kind() != WordKind.COMPARATIVE)
                .map(mark -> new MarkedText.Mark(mark.start(), mark.end(), styleClass(mark.kind())))
                .toList();
    }
}
