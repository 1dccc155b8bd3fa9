package org.stancemap.suggest;

/**
 * One estimative phrase in an expert's quote, and what it says.
 *
 * @param words       the words as written, with the negation before them when there is one ("not likely")
 * @param quote       index of the quote among the expert's quotes
 * @param probability what the phrase conveys, 0–1; reversed (1 − p) when negated
 * @param negated     true when a negation stands just before it
 */
public record Evidence(String words, int quote, double probability, boolean negated) {
}
