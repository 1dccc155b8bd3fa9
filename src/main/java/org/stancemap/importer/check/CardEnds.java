package org.stancemap.importer.check;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of a cite-only card: only the passage's first and last words, {@code “Today we see” … “and Europe.”}
 * (or with {@code AND} between), standing for all the text between them. Such a card is matched by its ends: both
 * must be found word for word in the source, the first before the last, in one passage or in passages of one
 * voice.
 *
 * @param first the opening words, without their quotation marks
 * @param last  the closing words, without their quotation marks
 */
record CardEnds(String first, String last) {
    private static final Pattern ENDS = Pattern.compile(
            "\\s*[“\"]([^“”\"]{1,400})[”\"]\\s*(?:…|\\.\\.\\.|\\[…]|AND)\\s*[“\"]([^“”\"]{1,400})[”\"]\\s*");

    /** The ends, when {@code body} is nothing but two quoted runs of words with an ellipsis or AND between. */
    static Optional<CardEnds> of(String body) {
        Matcher m = ENDS.matcher(body);
        return m.matches() ? Optional.of(new CardEnds(m.group(1), m.group(2))) : Optional.empty();
    }
}
