package org.stancemap.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the words that carry a stance in a text: the one place their lists live.
 *
 * <p>The estimative terms follow the scales analysts are trained on (the US ICD 203 words and the UK
 * "probability yardstick"); a phrase is matched whole and the longest phrase starting at a word wins, so
 * "very unlikely" is one estimative mark rather than a hedge and an estimative word, and "no chance" is
 * estimative rather than a negation. Matching is by whole words, ignoring case and the curly apostrophe, so
 * "likely" is never found inside "unlikely". Any word ending in "n't" is a negation. Linear in the text.
 */
public final class StanceWords {

    private static final Map<WordKind, List<String>> LISTS = new EnumMap<>(Map.of(
            WordKind.ESTIMATIVE, List.of(
                    "almost no chance", "no chance", "little chance", "slim chance", "remote", "remote chance",
                    "remote possibility", "very unlikely", "highly unlikely", "extremely unlikely", "unlikely",
                    "highly improbable", "improbable", "doubtful", "roughly even", "roughly even chance",
                    "roughly even odds", "even chance", "even odds", "fifty-fifty", "realistic possibility",
                    "real possibility", "distinct possibility", "possible", "probable", "probably", "likely",
                    "very likely", "highly likely", "more likely than not", "better than even",
                    "in all likelihood", "chances are", "almost certain", "almost certainly", "nearly certain",
                    "virtually certain", "certain", "certainly", "inevitable", "inevitably", "impossible",
                    "unthinkable", "inconceivable"),
            WordKind.NEGATION, List.of(
                    "not", "no", "never", "neither", "nor", "none", "nobody", "nothing", "nowhere", "cannot",
                    "without", "no longer", "by no means", "far from", "not at all"),
            WordKind.HEDGE, List.of(
                    "perhaps", "maybe", "possibly", "arguably", "apparently", "seemingly", "somewhat", "partly",
                    "partially", "largely", "mostly", "relatively", "fairly", "rather", "hardly", "barely",
                    "scarcely", "some", "few", "a few", "little", "limited", "to some extent", "to a degree",
                    "in part", "seem", "seems", "seemed", "appear", "appears", "appeared", "suggest",
                    "suggests", "tend to", "tends to", "at least", "at most", "so far", "for now",
                    "for the time being"),
            WordKind.MODAL, List.of(
                    "may", "might", "could", "would", "should", "will", "shall", "can", "must", "ought to"),
            WordKind.COMPARATIVE, List.of(
                    "more", "less", "fewer", "greater", "lesser", "most", "least", "closer", "further",
                    "farther", "higher", "lower", "stronger", "weaker", "better", "worse", "increasingly")));

    /** Phrases by their first word, longest first, each as its words. */
    private static final Map<String, List<Phrase>> BY_FIRST_WORD = index();

    private StanceWords() {
    }

    /** The stance-carrying words in a text, in text order, never overlapping. */
    public static List<WordMark> find(String text) {
        List<Word> words = words(text);
        List<WordMark> marks = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Word first = words.get(i);
            Optional<Phrase> match = longestAt(words, i);
            if (match.isPresent()) {
                Phrase phrase = match.get();
                int end = words.get(i + phrase.words.length - 1).end;
                marks.add(new WordMark(first.start, end, phrase.kind, text.substring(first.start, end)));
                i += phrase.words.length;
            } else {
                if (first.folded.endsWith("n't")) {
                    marks.add(new WordMark(first.start, first.end, WordKind.NEGATION,
                            text.substring(first.start, first.end)));
                }
                i++;
            }
        }
        return marks;
    }

    /** The phrases of one kind, lower case, in the order they are listed. */
    public static Set<String> phrases(WordKind kind) {
        return new LinkedHashSet<>(LISTS.get(kind));
    }

    /** The kind of a whole word or phrase, if it is one of the listed ones ("Very  Unlikely" included). */
    public static Optional<WordKind> kindOf(String phrase) {
        List<WordMark> marks = find(phrase);
        String trimmed = phrase.strip();
        return marks.size() == 1 && marks.get(0).words().length() == trimmed.length()
                ? Optional.of(marks.get(0).kind())
                : Optional.empty();
    }

    private static Optional<Phrase> longestAt(List<Word> words, int at) {
        for (Phrase phrase : BY_FIRST_WORD.getOrDefault(words.get(at).folded, List.of())) {
            if (at + phrase.words.length <= words.size() && matches(words, at, phrase.words)) {
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(List<Word> words, int at, String[] phrase) {
        for (int k = 0; k < phrase.length; k++) {
            if (!words.get(at + k).folded.equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /** Words are letters and digits, joined by an apostrophe or hyphen between two letters ("won't", "fifty-fifty"). */
    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || isJoiner(text.charAt(i)) && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && i > start)) {
                i++;
            }
            String folded = text.substring(start, i).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            words.add(new Word(start, i, folded));
        }
        return words;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }

    private static Map<String, List<Phrase>> index() {
        Map<String, List<Phrase>> index = new HashMap<>();
        LISTS.forEach((kind, phrases) -> phrases.forEach(text -> {
            String[] words = text.split(" ");
            index.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Phrase(words, kind));
        }));
        index.values().forEach(list -> list.sort(Comparator.comparingInt((Phrase p) -> p.words.length).reversed()));
        return Map.copyOf(index);
    }

    private record Word(int start, int end, String folded) {
    }

    private record Phrase(String[] words, WordKind kind) {
    }
}
