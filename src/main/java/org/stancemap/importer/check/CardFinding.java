package org.stancemap.importer.check;

import java.util.Objects;

/**
 * One way a card quote departs from its source.
 *
 * @param kind    what is wrong
 * @param message one sentence a debater understands, naming both sides
 * @param card    what the card has: the names it gives, an excerpt of its text, or its citation
 * @param source  what the source has in its place; empty when the source has nothing to set against it
 */
public record CardFinding(Kind kind, String message, String card, String source) {
    public CardFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(source, "source");
    }

    /** What a finding is about. */
    public enum Kind {
        /** The card puts the quote under someone other than the voice the source has it from. */
        WRONG_HEADER,
        /** The card gives the quote under no header at all, so it credits no one; the source names who said it. */
        MISSING_HEADER,
        /**
         * The card cites another article than the round-up, yet its text is the round-up's quote, found verbatim
         * (up to the cutter's marked edits) under the voice named.
         */
        OTHER_SOURCE,
        /** No quote of the source holds the card's text. */
        NOT_IN_SOURCE,
        /** The card's words differ from the source's beyond typography, ellipses and bracketed insertions. */
        ALTERED,
        /**
         * A cut, marked or not, leaves out, adds or swaps a word that carries the stance (a negation, an estimative
         * word, a hedge, a modal verb or a comparative), so the card says something the source does not.
         */
        MEANING_CHANGED,
        /** The card's citation names another publication or date than the source gives for the quote. */
        CITATION_MISMATCH,
        /** The card's own full cite gives another author, title, publisher, date or URL than the round-up's. */
        CITE_MISMATCH
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
