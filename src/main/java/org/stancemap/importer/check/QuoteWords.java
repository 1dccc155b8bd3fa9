package org.stancemap.importer.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.stancemap.importer.text.Paragraphs;

/**
 * A quote read as the words a reader would compare, so that typography cannot make two copies differ: case,
 * accents, apostrophes, quotation marks, dashes, hyphens and other punctuation are dropped, brackets are kept
 * only as a mark on the words they enclose, and every ellipsis ({@code …}, {@code ...}, {@code […]}) becomes a
 * gap between words.
 *
 * <p>A word wholly inside brackets, like {@code [that]} or {@code [sic]}, is an editor's insertion and is marked
 * {@link Word#inserted()}; a word only partly inside, like {@code [T]he}, is the author's word {@code the}.
 */
final class QuoteWords {
    /**
     * One word.
     *
     * @param folded   lower case, no accents, no apostrophes: what two copies of the word share
     * @param start    offset of its first character in the text, bracket included
     * @param end      offset after its last character
     * @param inserted wholly inside brackets
     */
    record Word(String folded, int start, int end, boolean inserted) {
    }

    /** A full stop, question or exclamation mark, semicolon or colon followed by a blank: "U.S." holds none. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:…][\"”’')\\]]*\\s");
    private static final Pattern FULL_STOP = Pattern.compile("[.!?…][\"”’')\\]]*\\s");
    private static final Pattern CLAUSE_END = Pattern.compile("[,—–()]|\\s-\\s");

    private final String text;
    private final List<Word> words;
    private final boolean[] gapBefore;

    private QuoteWords(String text, List<Word> words, boolean[] gapBefore) {
        this.text = text;
        this.words = List.copyOf(words);
        this.gapBefore = gapBefore;
    }

    static QuoteWords of(String text) {
        List<Word> words = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        boolean[] closed = closedBrackets(text);
        int depth = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '…' || (c == '.' && text.startsWith("...", i))) {
                gaps.add(words.size());
                i += c == '…' ? 1 : 3;
            } else if (isWordChar(c) || (c == '[' && i + 1 < n && isWordChar(text.charAt(i + 1)))) {
                int start = i;
                StringBuilder letters = new StringBuilder();
                boolean anyOutside = false;
                while (i < n) {
                    char d = text.charAt(i);
                    if (isWordChar(d)) {
                        letters.append(d);
                        anyOutside |= depth == 0;
                    } else if (isBracket(d) && i + 1 < n && isWordChar(text.charAt(i + 1))) {
                        depth = d == '[' ? depth + (closed[i] ? 1 : 0) : Math.max(0, depth - 1);
                    } else if (isApostrophe(d) && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && !letters.isEmpty()) {
                        // won’t, Russia’s: an apostrophe inside a word joins it
                    } else {
                        break;
                    }
                    i++;
                }
                int end = i;
                if (i < n && text.charAt(i) == ']' && depth > 0) {
                    end = i + 1; // include the closing bracket of "[sic]" in the word's span
                }
                words.add(new Word(fold(letters), start, end, !anyOutside));
            } else {
                if (c == '[' && closed[i]) {
                    depth++;
                } else if (c == ']') {
                    depth = Math.max(0, depth - 1);
                }
                i++;
            }
        }
        boolean[] gapBefore = new boolean[words.size() + 1];
        for (int g : gaps) {
            gapBefore[g] = true;
        }
        return new QuoteWords(text, words, gapBefore);
    }

    /**
     * Which {@code [} are closed by a {@code ]} before the next {@code [}: a stray bracket must not turn the rest
     * of a quote into an editor's insertion, which the check would then let pass unread.
     */
    private static boolean[] closedBrackets(String text) {
        boolean[] closed = new boolean[text.length()];
        int nextClose = -1;
        int nextOpen = -1;
        for (int k = text.length() - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == ']') {
                nextClose = k;
            } else if (c == '[') {
                closed[k] = nextClose >= 0 && (nextOpen < 0 || nextClose < nextOpen);
                nextOpen = k;
            }
        }
        return closed;
    }

    List<Word> words() {
        return words;
    }

    int size() {
        return words.size();
    }

    Word word(int index) {
        return words.get(index);
    }

    /** Whether an ellipsis stands before word {@code index}; {@code index == size()} asks about the end. */
    boolean gapBefore(int index) {
        return gapBefore[index];
    }

    /** Whether an ellipsis stands anywhere between word {@code from - 1} and word {@code to}. */
    boolean gapWithin(int from, int to) {
        for (int k = Math.max(0, from); k <= Math.min(to, words.size()); k++) {
            if (gapBefore[k]) {
                return true;
            }
        }
        return false;
    }

    /** The text from word {@code from} to word {@code to - 1} as written; empty for an empty range. */
    String text(int from, int to) {
        return to <= from ? "" : text.substring(words.get(from).start(), words.get(to - 1).end());
    }

    /** The bracketed insertions among words {@code from}..{@code to - 1}, as written, joined by spaces. */
    String insertions(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (words.get(k).inserted()) {
                out.append(out.isEmpty() ? "" : " ").append(text, words.get(k).start(), words.get(k).end());
            }
        }
        return out.toString();
    }

    /** Whether a sentence ends before word {@code index} (or the text starts or ends there). */
    boolean sentenceBreakBefore(int index) {
        return index <= 0 || index >= words.size() || SENTENCE_END.matcher(between(index)).find();
    }

    /** Whether a clause or sentence ends before word {@code index}: a comma, dash, colon or parenthesis. */
    boolean clauseBreakBefore(int index) {
        return sentenceBreakBefore(index) || CLAUSE_END.matcher(between(index)).find();
    }

    /** The 1-based sentence word {@code index} is in, counting full stops, question and exclamation marks. */
    int sentenceOf(int index) {
        int sentence = 1;
        for (int k = 1; k <= index && k < words.size(); k++) {
            sentence += FULL_STOP.matcher(between(k)).find() ? 1 : 0;
        }
        return sentence;
    }

    private String between(int index) {
        return text.substring(words.get(index - 1).end(), words.get(index).start());
    }

    /**
     * The words {@code from}..{@code to - 1} as written, with {@code context} words either side and an ellipsis
     * where the excerpt cuts the text; for an empty range, the words around that point.
     */
    String excerpt(int from, int to, int context, int maxChars) {
        if (words.isEmpty()) {
            return "";
        }
        int last = words.size() - 1;
        int a = Math.max(0, Math.min(from, last) - context);
        int b = Math.min(last, Math.max(to, from + 1) - 1 + context);
        b = Math.max(a, b);
        String s = text.substring(words.get(a).start(), words.get(b).end()).replaceAll("(?U)\\s+", " ");
        if (s.length() > maxChars) {
            s = Paragraphs.trim(s.substring(0, maxChars)) + " …";
        } else if (b < last) {
            s = s + " …";
        }
        return a > 0 ? "… " + s : s;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isBracket(char c) {
        return c == '[' || c == ']';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == 'ʼ';
    }

    private static String fold(CharSequence letters) {
        boolean ascii = true;
        for (int k = 0; k < letters.length() && ascii; k++) {
            ascii = letters.charAt(k) < 128;
        }
        if (ascii) {
            return letters.toString().toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(letters, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
