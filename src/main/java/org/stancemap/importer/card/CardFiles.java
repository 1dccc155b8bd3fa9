package org.stancemap.importer.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stancemap.importer.ImportWarning;
import org.stancemap.importer.text.Paragraphs;

/**
 * Finds the debate cards in a file: a page saved from a debate wiki or an evidence file holds several, each a
 * tag line, a cite line ({@code Meick 18 (Ethan Meick, …, URL) ank}) and the body, with page text around them.
 *
 * <p>A card starts at a line that {@link CardHeading#opensCard opens one}, together with the short line before
 * it when that line is its tag, and runs to the start of the next card. Text before the first card (site
 * navigation, the file's title) belongs to no card.
 */
public final class CardFiles {

    /** A tag is one short claim; a longer line before a cite line is the previous card's body. */
    private static final int MAX_TAG_LINE = 300;

    private CardFiles() {
    }

    /**
     * One card of a file.
     *
     * @param text      the card's text, from its tag (or cite line) to the next card
     * @param firstLine the 1-based line of the file it starts on, so that its warnings can name the file's lines
     */
    public record Card(String text, int firstLine) {
        /** {@code warning}, which names a line of this card's text, naming the file's line instead. */
        public ImportWarning inFile(ImportWarning warning) {
            return warning.line() == 0 ? warning : new ImportWarning(warning.line() + firstLine - 1, warning.message());
        }
    }

    /** Each card, in order; empty when no line of {@code text} opens a card. */
    public static List<Card> split(String text) {
        List<String> lines = Paragraphs.lines(text);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (CardHeading.opensCard(lines.get(i))) {
                int tag = previousTextLine(lines, i);
                boolean tagLine = tag >= 0 && (starts.isEmpty() || tag > starts.get(starts.size() - 1))
                        && Paragraphs.trim(lines.get(tag)).length() <= MAX_TAG_LINE;
                starts.add(tagLine ? tag : i);
            }
        }
        List<Card> cards = new ArrayList<>(starts.size());
        for (int c = 0; c < starts.size(); c++) {
            int end = c + 1 < starts.size() ? starts.get(c + 1) : withoutPageFooter(lines);
            cards.add(new Card(Paragraphs.trim(String.join("\n", lines.subList(starts.get(c), end))), starts.get(c) + 1));
        }
        return cards;
    }

    /** The end of the text before the page's footer lines (copyright, terms), which belong to no card. */
    private static int withoutPageFooter(List<String> lines) {
        int end = lines.size();
        while (end > 0 && (Paragraphs.trim(lines.get(end - 1)).isEmpty() || isFooter(lines.get(end - 1)))) {
            end--;
        }
        return end;
    }

    private static boolean isFooter(String line) {
        String text = Paragraphs.trim(line).toLowerCase(Locale.ROOT);
        return text.length() <= MAX_TAG_LINE && (text.startsWith("©") || text.startsWith("copyright")
                || text.contains("all rights reserved") || text.startsWith("terms of use") || text.startsWith("privacy"));
    }

    /**
     * The cards of {@code text} to read: each one {@link #split} finds, or, when no line opens a card, the whole
     * text as one card, whose reader then says what its heading lacks.
     */
    public static List<Card> cardsToRead(String text) {
        List<Card> cards = split(text);
        return cards.isEmpty() ? List.of(new Card(text, 1)) : cards;
    }

    /** The nearest non-blank line before {@code i} with at most one blank line between, or -1. */
    private static int previousTextLine(List<String> lines, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            if (!Paragraphs.trim(lines.get(k)).isEmpty()) {
                return k;
            }
        }
        return -1;
    }
}
