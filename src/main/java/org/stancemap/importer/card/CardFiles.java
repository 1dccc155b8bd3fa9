package org.stancemap.importer.card;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
    private static final int MAX_RUNNING_HEAD = 120;
    private static final int MAX_MENU_ITEM = 30;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page\\s+)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—]");

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

    /**
     * Each card, in order; empty when no line of {@code text} opens a card. Page text between and inside cards —
     * page numbers, menus, running heads repeated on every page — is left out of the cards.
     */
    public static List<Card> split(String text) {
        List<String> lines = Paragraphs.lines(text);
        Set<String> repeated = repeatedShortLines(lines);
        List<Boolean> pageText = lines.stream().map(l -> isPageText(l, repeated)).toList();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (CardHeading.opensCard(lines.get(i))) {
                int tag = previousTextLine(lines, pageText, i);
                boolean tagLine = tag >= 0 && (starts.isEmpty() || tag > starts.get(starts.size() - 1))
                        && Paragraphs.trim(lines.get(tag)).length() <= MAX_TAG_LINE;
                starts.add(tagLine ? tag : i);
            }
        }
        List<Card> cards = new ArrayList<>(starts.size());
        for (int c = 0; c < starts.size(); c++) {
            int end = c + 1 < starts.size() ? starts.get(c + 1) : withoutPageFooter(lines);
            List<String> kept = new ArrayList<>();
            for (int k = starts.get(c); k < end; k++) {
                // a dropped line stays as a blank one, so that warnings still name the file's lines
                kept.add(k > starts.get(c) && pageText.get(k) ? "" : lines.get(k));
            }
            cards.add(new Card(Paragraphs.trim(String.join("\n", kept)), starts.get(c) + 1));
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

    /** The nearest non-blank line before {@code i} that is not page text, with at most one blank line between, or -1. */
    private static int previousTextLine(List<String> lines, List<Boolean> pageText, int i) {
        int blanks = 0;
        for (int k = i - 1; k >= 0 && blanks <= 1; k--) {
            if (Paragraphs.trim(lines.get(k)).isEmpty()) {
                blanks++;
            } else if (!pageText.get(k)) {
                return k;
            }
        }
        return -1;
    }

    /** A page number ("12", "Page 3 of 12", "– 4 –"), a menu ("Home | Files | Search"), or a running head. */
    private static boolean isPageText(String line, Set<String> repeated) {
        String text = Paragraphs.trim(line);
        if (text.isEmpty()) {
            return false;
        }
        String[] items = text.split("\\|");
        boolean menu = items.length >= 3 && Arrays.stream(items).allMatch(item -> item.strip().length() <= MAX_MENU_ITEM);
        return PAGE_NUMBER.matcher(text).matches() || menu || repeated.contains(text);
    }

    /** Short lines printed more than once that open no card: a page's running head or footer. */
    private static Set<String> repeatedShortLines(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            String text = Paragraphs.trim(line);
            if (!text.isEmpty() && text.length() <= MAX_RUNNING_HEAD && !CardHeading.opensCard(text)) {
                counts.merge(text, 1, Integer::sum);
            }
        }
        Set<String> repeated = new HashSet<>();
        counts.forEach((text, n) -> {
            if (n >= 2) {
                repeated.add(text);
            }
        });
        return repeated;
    }
}
