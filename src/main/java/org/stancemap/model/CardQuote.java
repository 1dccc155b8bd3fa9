package org.stancemap.model;

import java.util.List;
import java.util.Objects;

/**
 * One quote of a debate card's body: the text between the voice's header (or the previous citation) and its own
 * citation, under the voice the card gives it.
 *
 * <p>A card writes a header only before a voice's first quote; later quotes of the same voice carry that header
 * over, so two quotes may share one {@code speaker}.
 *
 * @param speaker  the header the card puts this quote under, as written, e.g.
 *                 "Ethan Meick, Policy Analyst, U.S.-China Economic and Security Review Commission"; empty when
 *                 the body opens without a header
 * @param people   who the header names, in its order, with their roles; empty when {@code speaker} is
 * @param text     the quote as the card prints it, without header and citation
 * @param citation the citation closing the quote, e.g. "(The National Interest, 09.02.18)"; publication and
 *                 date empty and unknown when the quote has none (text after the card's last citation)
 */
public record CardQuote(String speaker, List<Person> people, String text, Citation citation) {
    public CardQuote {
        Objects.requireNonNull(speaker, "speaker");
        people = List.copyOf(people);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(citation, "citation");
    }

    /** "Ethan Meick", "Simon Saradzhyan and Ali Wyne", or "" when the card names no one. */
    public String speakerNames() {
        if (people.isEmpty()) {
            return "";
        }
        List<String> names = people.stream().map(Person::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
