package org.stancemap.render;

import java.util.regex.Pattern;

/**
 * Text as it is drawn or used in a file name: without the invisible characters web copy carries. A zero-width space
 * inside "Jeffrey" splits the PDF's "ff" ligature and makes the name read back as two words; a right-to-left
 * override reverses the rest of a name or file name on screen. The model keeps the article's text as written; only
 * what is rendered is cleaned, here.
 */
public final class VisibleText {

    /** Zero-width space, non-joiner, joiner, word joiner and byte-order mark; bidi marks, embeddings, overrides
     *  and isolates. */
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");

    private VisibleText() {
    }

    /** The text without zero-width characters and bidi controls. */
    public static String of(String text) {
        return INVISIBLE.matcher(text).replaceAll("");
    }
}
