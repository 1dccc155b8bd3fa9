package org.stancemap.importer.text;

import java.util.Optional;

/**
 * Finds an image's alt text that copying a web page glued to the start of the paragraph after it:
 * {@code Portrait of Jane RoeJane Roe is a senior fellow…}.
 *
 * <p>Only a sure case is cut: a lower-case letter runs straight into a capital, and the words just before that
 * point are the words that follow it ("Jane Roe" + "Jane Roe is"). Names written with an inner capital
 * ("McDonald", "DeSantis", "iPhone") never repeat that way, so they are left alone.
 */
final class GluedAltText {

    /** Alt text is short; a glue point further in is a typo, not a copy artefact. */
    private static final int MAX_ALT_LENGTH = 100;
    private static final int MAX_REPEATED_WORDS = 8;
    private static final int MIN_REPEATED_LENGTH = 3;
    /** Each glue point costs a look back; a line with many is not web copy, and looking at a few bounds the cost. */
    private static final int MAX_GLUE_POINTS = 3;

    private GluedAltText() {
    }

    /** {@code text} from where the paragraph starts, when alt text is glued before it; empty otherwise. */
    static Optional<String> cut(String text) {
        int limit = Math.min(text.length() - 1, MAX_ALT_LENGTH);
        int gluePoints = 0;
        char previous = text.isEmpty() ? ' ' : text.charAt(0);
        for (int at = 1; at <= limit && gluePoints < MAX_GLUE_POINTS; at++) {
            char c = text.charAt(at);
            if (isUpper(c) && isLower(previous)) {
                gluePoints++;
                if (repeatsBefore(text, at)) {
                    return Optional.of(text.substring(at));
                }
            }
            previous = c;
        }
        return Optional.empty();
    }

    private static boolean isUpper(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    private static boolean isLower(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    /** Whether the last few words before {@code at} are the words that start at {@code at}. */
    private static boolean repeatsBefore(String text, int at) {
        int words = 0;
        for (int start = at - 1; start >= 0 && words < MAX_REPEATED_WORDS; start--) {
            boolean wordStart = start == 0 || Paragraphs.isBlank(text.charAt(start - 1));
            if (!wordStart) {
                continue;
            }
            words++;
            int length = at - start;
            int end = at + length;
            boolean repeated = length >= MIN_REPEATED_LENGTH && text.regionMatches(at, text, start, length)
                    && (end == text.length() || !Character.isLetter(text.charAt(end)));
            if (repeated) {
                return true;
            }
        }
        return false;
    }
}
