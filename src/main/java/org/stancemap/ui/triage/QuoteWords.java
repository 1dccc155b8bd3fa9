package org.stancemap.ui.triage;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.stancemap.ui.control.MarkedText;
import org.stancemap.ui.control.StanceMarks;

/**
 * The words of one quote, as the keyboard walks them: a word cursor jumps between the highlighted stance words,
 * and a selection grows or shrinks a word at a time. Words are found with the JDK's word breaker.
 */
final class QuoteWords {

    /** One word: where it starts and ends in the quote. */
    record Word(int start, int end) {
    }

    private final String text;
    private final List<Word> words;
    /** Indices of the words a stance mark starts at, in order; the cursor's stops. */
    private final List<Integer> stops;

    QuoteWords(String text) {
        this.text = text;
        this.words = split(text);
        List<Integer> found = new ArrayList<>();
        for (MarkedText.Mark mark : StanceMarks.of(text)) {
            int index = wordAt(mark.start());
            if (index >= 0 && !found.contains(index)) {
                found.add(index);
            }
        }
        this.stops = List.copyOf(found);
    }

    String text() {
        return text;
    }

    int size() {
        return words.size();
    }

    Word word(int index) {
        return words.get(index);
    }

    /** Where the cursor starts on a quote: its first stance word, else its first word. */
    int firstStop() {
        return stops.isEmpty() ? 0 : stops.get(0);
    }

    /** The next stance word after {@code from} ({@code delta} 1) or before it (-1); {@code from} when none. */
    int stopFrom(int from, int delta) {
        if (delta > 0) {
            return stops.stream().filter(i -> i > from).findFirst().orElse(from);
        }
        return stops.stream().filter(i -> i < from).reduce((a, b) -> b).orElse(from);
    }

    /** The index of the word containing or starting after {@code offset}; -1 when none does. */
    int wordAt(int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (offset < words.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last word starting before {@code offset}; -1 when none does. */
    int wordBefore(int offset) {
        int found = -1;
        for (int i = 0; i < words.size() && words.get(i).start() < offset; i++) {
            found = i;
        }
        return found;
    }

    private static List<Word> split(String text) {
        BreakIterator breaks = BreakIterator.getWordInstance(Locale.ENGLISH);
        breaks.setText(text);
        List<Word> words = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            if (Character.isLetterOrDigit(text.codePointAt(start))) {
                words.add(new Word(start, end));
            }
        }
        return words;
    }
}
