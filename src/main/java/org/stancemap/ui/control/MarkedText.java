package org.stancemap.ui.control;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Text with marked stretches (stance words, search matches, the phrase a placement rests on), as nodes for a
 * {@link TextFlow}. Marks may overlap: each piece of text carries the style classes of every mark over it, so
 * a search match inside the placement's phrase shows as both. The text is only ever a Text node's content,
 * never parsed, so an article's markup stays visible characters.
 */
public final class MarkedText {

    /**
     * A marked stretch of the text.
     *
     * @param start      index of its first character
     * @param end        index just past its last character
     * @param styleClass the style class its text nodes get
     */
    public record Mark(int start, int end, String styleClass) {
        public Mark {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("a mark runs forwards from 0, was " + start + ".." + end);
            }
        }
    }

    private MarkedText() {
    }

    /**
     * The text cut at every mark's ends, one Text node per piece, each with {@code baseClass} and the classes of
     * the marks over it. Marks beyond the text's end are cut to it.
     */
    public static List<Text> pieces(String text, List<Mark> marks, String baseClass) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark mark : marks) {
            cuts.add(Math.min(mark.start(), text.length()));
            cuts.add(Math.min(mark.end(), text.length()));
        }
        List<Text> pieces = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            Text piece = new Text(text.substring(from, to));
            piece.getStyleClass().add(baseClass);
            for (Mark mark : marks) {
                if (mark.start() <= from && to <= mark.end() && !piece.getStyleClass().contains(mark.styleClass())) {
                    piece.getStyleClass().add(mark.styleClass());
                }
            }
            pieces.add(piece);
        }
        return pieces;
    }

    /** A flow of {@link #pieces} whose accessible text is the whole text, unbroken. */
    public static TextFlow flow(String text, List<Mark> marks, String baseClass) {
        TextFlow flow = new TextFlow();
        flow.getChildren().setAll(pieces(text, marks, baseClass));
        flow.setAccessibleText(text);
        return flow;
    }
}
