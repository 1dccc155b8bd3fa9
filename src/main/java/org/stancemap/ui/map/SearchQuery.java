package org.stancemap.ui.map;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the map's search reads text: ignoring case, accents and the kind of apostrophe, one word at a time. The map
 * filters with it and the side panel highlights with it, so what is marked in a quote is what made it match.
 */
public final class SearchQuery {

    /**
     * A stretch of the original (unfolded) text.
     *
     * @param start index of its first character
     * @param end   index just past its last character
     */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("a span runs forwards from 0, was " + start + ".." + end);
            }
        }
    }

    private SearchQuery() {
    }

    /** The text as search compares it: no accents, straight apostrophes, plain spaces, lower case. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('\u2019', '\'').replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
    }

    /** The query's words, folded; none for a blank query. */
    public static List<String> words(String query) {
        String folded = fold(query.strip());
        return folded.isEmpty() ? List.of() : List.of(folded.split("\\s+"));
    }

    /** True when every word of the (folded) query occurs in the already folded text. */
    public static boolean matchesFolded(String foldedText, List<String> words) {
        for (String word : words) {
            if (!foldedText.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Every occurrence in {@code text} of every word of {@code query}, in text order. */
    public static List<Span> matches(String text, String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        Folded folded = Folded.of(text);
        List<Span> found = new ArrayList<>();
        for (String word : words) {
            for (int at = folded.text.indexOf(word); at >= 0; at = folded.text.indexOf(word, at + 1)) {
                found.add(folded.original(at, at + word.length()));
            }
        }
        found.sort(Comparator.comparingInt(Span::start));
        return List.copyOf(found);
    }

    /** Where {@code phrase} first occurs in {@code text}, read as search reads both; empty for a blank phrase. */
    public static Optional<Span> find(String text, String phrase) {
        String wanted = fold(phrase.strip());
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Folded folded = Folded.of(text);
        int at = folded.text.indexOf(wanted);
        return at < 0 ? Optional.empty() : Optional.of(folded.original(at, at + wanted.length()));
    }

    /** Text folded one character at a time, remembering which original character each folded one came from. */
    private record Folded(String text, int[] origin) {

        static Folded of(String original) {
            StringBuilder folded = new StringBuilder(original.length());
            int[] origin = new int[original.length() * 2 + 1];
            int n = 0;
            for (int i = 0; i < original.length(); i++) {
                String piece = fold(String.valueOf(original.charAt(i)));
                for (int k = 0; k < piece.length(); k++) {
                    if (n == origin.length) {
                        origin = Arrays.copyOf(origin, n * 2);
                    }
                    origin[n++] = i;
                    folded.append(piece.charAt(k));
                }
            }
            return new Folded(folded.toString(), origin);
        }

        Span original(int from, int to) {
            return new Span(origin[from], to == from ? origin[from] : origin[to - 1] + 1);
        }
    }
}
