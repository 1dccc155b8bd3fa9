package org.stancemap.importer.text;

import java.util.List;
import java.util.Locale;

/**
 * Lines a web page leaves among the entries of a round-up that nobody said: photo captions and credits,
 * "Read more" links, share and subscribe prompts, copyright notes. A format skips them instead of taking them
 * for an expert or a quote.
 */
public final class StrayLine {

    /** Page furniture is short; a longer paragraph is text, whatever it starts with. */
    private static final int MAX_LENGTH = 200;

    /** What such a line starts with, lower case; each must end at a word boundary. */
    private static final List<String> OPENINGS = List.of("photo:", "photo by", "photo credit", "photos:",
            "photograph:", "photograph by", "image:", "image by", "credit:", "credits:", "caption:", "illustration:",
            "illustration by", "read more", "read the full", "continue reading", "load more", "show more", "related:",
            "related articles", "related content", "related reading", "see also", "share this", "share on",
            "subscribe", "sign up", "advertisement", "©", "copyright", "all rights reserved", "click here", "tags:",
            "topics:", "follow us");

    /** What such a line holds anywhere, lower case, as in "Jane Roe in Berlin. (Photo: Reuters)". */
    private static final List<String> INSIDE = List.of("photo by", "photo:", "photograph by", "image:", "image by",
            "credit:", "courtesy of", "(photo", "getty images", "all rights reserved");

    private StrayLine() {
    }

    /** True when {@code line} (markup removed) is a caption, credit, link or prompt, not text. */
    public static boolean isStray(String line) {
        if (line.isEmpty() || line.length() > MAX_LENGTH) {
            return false;
        }
        String lower = Paragraphs.singleSpaced(line).toLowerCase(Locale.ROOT); // pages put no-break spaces anywhere
        for (String opening : OPENINGS) {
            if (lower.startsWith(opening) && endsAWord(lower, opening.length())) {
                return true;
            }
        }
        for (String inside : INSIDE) {
            if (lower.contains(inside)) {
                return true;
            }
        }
        return false;
    }

    /** True when the first {@code length} characters of {@code text} do not stop inside a word ("Photos"). */
    private static boolean endsAWord(String text, int length) {
        return length == text.length() || !Character.isLetter(text.charAt(length - 1))
                || !Character.isLetter(text.charAt(length));
    }
}
