package org.stancemap.importer.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A card quote's words set against a source quote's, and the differences a reader would call alterations.
 *
 * <p>Words are aligned by their longest common subsequence (after the common beginning and end are set aside,
 * so a faithful cut costs almost nothing). Tolerated, and so not differences: source text left out where the card
 * has an ellipsis or a bracketed insertion; source text before the card's first word or after its last (a card
 * may cut a paragraph short); bracketed insertions on either side, such as {@code [that]} or {@code [sic]}; the
 * same letters split into other words ({@code multipolar} for {@code multi-polar}, {@code US} for {@code U.S.}).
 * The tolerated cuts are still kept, as {@link #markedCuts()}, since a marked cut can change what a quote says.
 */
final class WordAlignment {
    /**
     * Card words {@code [cardFrom, cardTo)} stand where the source has words {@code [sourceFrom, sourceTo)}.
     *
     * @param marked an ellipsis or a bracketed insertion marks the edit, or it lies before the card's first word
     *               or after its last: a cut the reader is told of, which only its meaning can make wrong
     */
    record Difference(int cardFrom, int cardTo, int sourceFrom, int sourceTo, boolean marked) {
        boolean cardAddsWords() {
            return cardTo > cardFrom;
        }

        boolean sourceLosesWords() {
            return sourceTo > sourceFrom;
        }
    }

    /** Largest middle part compared word by word; beyond it the middle counts as one difference. */
    private static final long MAX_CELLS = 4_000_000L;

    private final int ownCardWords;
    private final int matchedOwnCardWords;
    private final List<Difference> differences;
    private final List<Difference> markedCuts;
    private final int firstSourceWord;
    private final int lastSourceWord;
    private final int firstCardWord;
    private final int lastCardWord;

    private WordAlignment(int ownCardWords, int matchedOwnCardWords, List<Difference> gaps, List<int[]> pairs) {
        this.firstSourceWord = pairs.isEmpty() ? 0 : pairs.get(0)[1];
        this.lastSourceWord = pairs.isEmpty() ? 0 : pairs.get(pairs.size() - 1)[1];
        this.firstCardWord = pairs.isEmpty() ? 0 : pairs.get(0)[0];
        this.lastCardWord = pairs.isEmpty() ? -1 : pairs.get(pairs.size() - 1)[0];
        this.ownCardWords = ownCardWords;
        this.matchedOwnCardWords = matchedOwnCardWords;
        this.differences = merged(gaps.stream().filter(g -> !g.marked()).toList());
        this.markedCuts = gaps.stream().filter(Difference::marked).toList();
    }

    static WordAlignment of(QuoteWords card, QuoteWords source) {
        int n = card.size();
        int m = source.size();
        int prefix = 0;
        while (prefix < n && prefix < m && same(card, prefix, source, prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && same(card, n - 1 - suffix, source, m - 1 - suffix)) {
            suffix++;
        }
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            pairs.add(new int[] {k, k});
        }
        pairs.addAll(middle(card, prefix, n - suffix, source, prefix, m - suffix));
        for (int k = suffix; k > 0; k--) {
            pairs.add(new int[] {n - k, m - k});
        }
        closeUp(card, source, pairs);

        int own = 0;
        int matchedOwn = 0;
        for (QuoteWords.Word w : card.words()) {
            own += w.inserted() ? 0 : 1;
        }
        for (int[] p : pairs) {
            matchedOwn += card.word(p[0]).inserted() ? 0 : 1;
        }
        return new WordAlignment(own, matchedOwn, gaps(card, source, pairs), pairs);
    }

    /** Share of the card's own words found, in order, in the source; 0 for a card quote with none. */
    double wordShare() {
        return ownCardWords == 0 ? 0 : (double) matchedOwnCardWords / ownCardWords;
    }

    /** The first card word found in the source; 0 when none was. */
    int firstCardWord() {
        return firstCardWord;
    }

    /** The last card word found in the source; -1 when none was. */
    int lastCardWord() {
        return lastCardWord;
    }

    /** The first source word the card's words were found at; 0 when none was. */
    int firstSourceWord() {
        return firstSourceWord;
    }

    /** The last source word the card's words were found at; 0 when none was. */
    int lastSourceWord() {
        return lastSourceWord;
    }

    /** The unmarked edits, two or fewer words apart read as one: each an alteration, whatever it means. */
    List<Difference> differences() {
        return differences;
    }

    /**
     * The marked edits inside the card (ellipses and bracketed insertions that stand for source words) and the
     * text cut before its first word and after its last, each on its own: allowed, unless they change the meaning.
     */
    List<Difference> markedCuts() {
        return markedCuts;
    }

    private static boolean same(QuoteWords card, int i, QuoteWords source, int j) {
        return card.word(i).folded().equals(source.word(j).folded());
    }

    /** Longest common subsequence of card words [a0, a1) and source words [b0, b1), as index pairs. */
    private static List<int[]> middle(QuoteWords card, int a0, int a1, QuoteWords source, int b0, int b1) {
        int n = a1 - a0;
        int m = b1 - b0;
        if (n == 0 || m == 0 || (long) (n + 1) * (m + 1) > MAX_CELLS) {
            return List.of();
        }
        // within the cell cap min(n, m) stays below 2,000, so every length fits a short
        short[] length = new short[(n + 1) * (m + 1)];
        int width = m + 1;
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                length[i * width + j] = same(card, a0 + i, source, b0 + j)
                        ? (short) (length[(i + 1) * width + j + 1] + 1)
                        : (short) Math.max(length[(i + 1) * width + j], length[i * width + j + 1]);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(card, a0 + i, source, b0 + j)) {
                pairs.add(new int[] {a0 + i, b0 + j});
                i++;
                j++;
            } else if (length[(i + 1) * width + j] >= length[i * width + j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return pairs;
    }

    /**
     * Moves each matched card word as late in the source as the next one lets it: a common subsequence takes the
     * first "Russia" or "and" it meets, which opens a gap inside the card ("Russia … thinks") where the cut was
     * really before its first word, or where the card holds the words in one run.
     */
    private static void closeUp(QuoteWords card, QuoteWords source, List<int[]> pairs) {
        for (int k = pairs.size() - 2; k >= 0; k--) {
            int[] here = pairs.get(k);
            int[] next = pairs.get(k + 1);
            if (here[0] + 1 == next[0] && next[1] - 1 > here[1] && same(card, here[0], source, next[1] - 1)) {
                here[1] = next[1] - 1;
            }
        }
    }

    private static List<Difference> gaps(QuoteWords card, QuoteWords source, List<int[]> pairs) {
        List<Difference> found = new ArrayList<>();
        int ci = 0;
        int sj = 0;
        for (int k = 0; k <= pairs.size(); k++) {
            boolean atEnd = k == pairs.size();
            int cNext = atEnd ? card.size() : pairs.get(k)[0];
            int sNext = atEnd ? source.size() : pairs.get(k)[1];
            boolean atEdge = k == 0 || atEnd;
            int added = ownWords(card, ci, cNext);
            int lost = ownWords(source, sj, sNext);
            boolean sameLetters = added > 0 && ownLetters(card, ci, cNext).equals(ownLetters(source, sj, sNext));
            boolean marked = added == 0 && (atEdge || card.gapWithin(ci, cNext) || cNext > ci);
            if (!sameLetters && (added > 0 || lost > 0 || cNext > ci)) {
                found.add(new Difference(ci, cNext, sj, sNext, marked));
            }
            if (!atEnd) {
                ci = cNext + 1;
                sj = sNext + 1;
            }
        }
        return found;
    }

    /** "multipolar" for "multi-polar", "us" for "U.S.": the same letters split into other words. */
    private static String ownLetters(QuoteWords words, int from, int to) {
        StringBuilder letters = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (!words.word(k).inserted()) {
                letters.append(words.word(k).folded());
            }
        }
        return letters.toString();
    }

    private static int ownWords(QuoteWords words, int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            count += words.word(k).inserted() ? 0 : 1;
        }
        return count;
    }

    /** Differences two or fewer words apart read as one. */
    private static List<Difference> merged(List<Difference> differences) {
        List<Difference> out = new ArrayList<>();
        for (Difference d : differences) {
            if (!out.isEmpty() && d.cardFrom() - out.get(out.size() - 1).cardTo() <= 2) {
                Difference last = out.remove(out.size() - 1);
                out.add(new Difference(last.cardFrom(), d.cardTo(), last.sourceFrom(), d.sourceTo(), false));
            } else {
                out.add(d);
            }
        }
        return out;
    }
}
