package org.stancemap.importer.roundup;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stancemap.importer.text.Paragraphs;

/**
 * A vote panel's question label: "Question A: text", "Statement 2:", "Proposition: text" ({@code stated}); or a
 * marker of the section that answers one, "Question A Participant Responses", which a results page prints
 * before each question's votes.
 *
 * @param label    "A", "2", or "" for an unnumbered "Proposition:"
 * @param text     the proposition, without its label; "" for a marker, or a label whose text is on the next line
 * @param stated   true for a label with a colon, which states a proposition
 * @param line     1-based line of the label, 0 until located
 * @param lastLine 1-based line of the proposition's text, the label's own or the next; 0 until located
 */
record PanelQuestion(String label, String text, boolean stated, int line, int lastLine) {

    private static final List<String> WORDS = List.of("question", "statement", "proposition");
    private static final int MAX_LABEL_LENGTH = 2;

    /** The label {@code line} starts with, if any; leading emphasis is skipped, as pasted "**Question A:**" keeps it. */
    static Optional<PanelQuestion> read(String line) {
        int start = emphasisEnd(line);
        for (String word : WORDS) {
            if (line.regionMatches(true, start, word, 0, word.length())) {
                return read(withoutEmphasis(line), word.length());
            }
        }
        return Optional.empty();
    }

    private static Optional<PanelQuestion> read(String text, int from) {
        int i = from;
        if (i < text.length() && text.charAt(i) != ':' && !Paragraphs.isBlank(text.charAt(i))) {
            return Optional.empty(); // "Questions", "Statements"
        }
        while (i < text.length() && Paragraphs.isBlank(text.charAt(i))) {
            i++;
        }
        int labelFrom = i;
        while (i < text.length() && i - labelFrom < MAX_LABEL_LENGTH && (Character.isDigit(text.charAt(i))
                || (i == labelFrom && Character.isUpperCase(text.charAt(i))))) {
            i++;
        }
        String label = text.substring(labelFrom, i);
        if (i < text.length() && ":).".indexOf(text.charAt(i)) < 0 && !Paragraphs.isBlank(text.charAt(i))) {
            label = ""; // "Question time", "Statement by the panel": no label
            i = labelFrom;
        }
        while (i < text.length() && (").".indexOf(text.charAt(i)) >= 0 || Paragraphs.isBlank(text.charAt(i)))) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == ':') {
            return Optional.of(new PanelQuestion(label, withoutEmphasis(text.substring(i + 1)), true, 0, 0));
        }
        // a comment that starts "Question A is flawed…" must not end the panel: a marker says little else
        String rest = text.substring(i).toLowerCase(Locale.ROOT);
        boolean marker = !label.isEmpty() && (rest.isEmpty() || rest.contains("respons") || rest.contains("result")
                || rest.contains("vote"));
        return marker ? Optional.of(new PanelQuestion(label, "", false, 0, 0)) : Optional.empty();
    }

    /** This question found on line {@code line}, stating {@code proposition}, which ends on {@code lastLine}. */
    PanelQuestion at(String proposition, int line, int lastLine) {
        return new PanelQuestion(label, proposition, stated, line, lastLine);
    }

    /** How a warning names it: "Question A", or "the first question" when it has no label. */
    String named() {
        return label.isEmpty() ? "the first question" : "Question " + label;
    }

    private static String withoutEmphasis(String text) {
        return Paragraphs.trim(text.substring(emphasisEnd(text)));
    }

    private static int emphasisEnd(String text) {
        int i = 0;
        while (i < text.length() && ("*_#".indexOf(text.charAt(i)) >= 0 || Paragraphs.isBlank(text.charAt(i)))) {
            i++;
        }
        return i;
    }
}
