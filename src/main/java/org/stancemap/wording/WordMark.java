package org.stancemap.wording;

/**
 * One stance-carrying word or phrase found in a text.
 *
 * @param start index of its first character in the text
 * @param end   index just past its last character
 * @param kind  why it carries the stance
 * @param words the words as written in the text
 */
public record WordMark(int start, int end, WordKind kind, String words) {
    public WordMark {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a mark spans at least one character, was " + start + ".." + end);
        }
    }
}
