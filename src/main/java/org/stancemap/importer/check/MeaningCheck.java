package org.stancemap.importer.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stancemap.wording.StanceWords;
import org.stancemap.wording.WordKind;
import org.stancemap.wording.WordMark;

/**
 * Whether an edit of a card changes what its quote says: it leaves out, adds or swaps a word that carries the
 * stance (a negation, an estimative word, a hedge, a modal verb or a comparative, as {@link StanceWords} lists
 * them).
 *
 * <p>Honest trimming never does: an ellipsis over whole sentences, or over a whole clause (set off by commas,
 * dashes, a colon or parentheses) that holds no negation and no estimative word; a bracketed word standing for
 * another that carries no stance ({@code [Moscow]} for "it"); text cut before the card's first word or after its
 * last.
 */
final class MeaningCheck {
    private static final int EXCERPT_CHARS = 160;
    private static final int CONTEXT = 3;

    private MeaningCheck() {
    }

    /**
     * The finding for a marked cut (an ellipsis or a bracketed insertion) that changes the meaning, if it does.
     */
    static Optional<CardFinding> ofMarkedCut(QuoteWords card, QuoteWords source, WordAlignment.Difference cut) {
        boolean atEdge = cut.cardFrom() == 0 || cut.cardTo() == card.size();
        List<String> inserted = stanceWords(card.insertions(cut.cardFrom(), cut.cardTo()));
        List<String> removed = atEdge || honestRemoval(source, cut)
                ? List.of() : stanceWords(source.text(cut.sourceFrom(), cut.sourceTo()));
        List<String> added = minus(inserted, removed);
        List<String> lost = atEdge ? List.of() : minus(removed, inserted);
        if (added.isEmpty() && lost.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(finding(card, source, cut, added, lost));
    }

    /**
     * The finding for an unmarked edit that changes the meaning, if it does; an edit that changes no stance word,
     * or leaves out text an ellipsis could honestly have stood for, is a plain alteration.
     */
    static Optional<CardFinding> ofAlteration(QuoteWords card, QuoteWords source, WordAlignment.Difference edit) {
        List<String> cardWords = stanceWords(card.text(edit.cardFrom(), edit.cardTo()));
        List<String> sourceWords = edit.cardTo() == edit.cardFrom() && honestRemoval(source, edit)
                ? List.of() : stanceWords(source.text(edit.sourceFrom(), edit.sourceTo()));
        List<String> added = minus(cardWords, sourceWords);
        List<String> lost = minus(sourceWords, cardWords);
        if (added.isEmpty() && lost.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(finding(card, source, edit, added, lost));
    }

    /** Whole sentences, or a whole clause without a negation or an estimative word. */
    private static boolean honestRemoval(QuoteWords source, WordAlignment.Difference cut) {
        int from = cut.sourceFrom();
        int to = cut.sourceTo();
        if (source.sentenceBreakBefore(from) && source.sentenceBreakBefore(to)) {
            return true;
        }
        return source.clauseBreakBefore(from) && source.clauseBreakBefore(to)
                && StanceWords.find(source.text(from, to)).stream()
                .noneMatch(m -> m.kind() == WordKind.NEGATION || m.kind() == WordKind.ESTIMATIVE);
    }

    private static CardFinding finding(QuoteWords card, QuoteWords source, WordAlignment.Difference edit,
                                       List<String> added, List<String> lost) {
        String cardExcerpt = card.excerpt(edit.cardFrom(), edit.cardTo(), CONTEXT, EXCERPT_CHARS);
        String sourceExcerpt = source.excerpt(edit.sourceFrom(), edit.sourceTo(), CONTEXT, EXCERPT_CHARS);
        List<String> parts = new ArrayList<>();
        if (!lost.isEmpty()) {
            parts.add("leaves out " + listed(lost));
        }
        if (!added.isEmpty()) {
            parts.add("adds " + listed(added));
        }
        String message = "The card " + String.join(" and ", parts) + ": the source reads “" + sourceExcerpt
                + "”; the card reads “" + cardExcerpt + "”.";
        return new CardFinding(CardFinding.Kind.MEANING_CHANGED, message, cardExcerpt, sourceExcerpt);
    }

    /** “not” (negation), “may” (modal verb) */
    private static String listed(List<String> words) {
        return String.join(", ", words.stream()
                .map(w -> "“" + w + "” (" + StanceWords.kindOf(w).map(WordKind::label).orElse("stance word") + ")")
                .toList());
    }

    private static List<String> stanceWords(String text) {
        return StanceWords.find(text).stream().map(WordMark::words)
                .map(w -> w.toLowerCase(Locale.ROOT).replace('’', '\'')).toList();
    }

    /** {@code a} without one occurrence of each word of {@code b}. */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        b.forEach(rest::remove);
        return rest;
    }
}
