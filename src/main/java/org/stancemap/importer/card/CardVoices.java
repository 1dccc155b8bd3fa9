package org.stancemap.importer.card;

import java.util.ArrayList;
import java.util.List;

import org.stancemap.model.CardQuote;
import org.stancemap.model.DebateCard;
import org.stancemap.model.Person;
import org.stancemap.model.Quote;
import org.stancemap.model.Voice;
import org.stancemap.importer.text.VoiceIds;

/**
 * A debate card seen as a round-up: each run of card quotes under one inline header becomes an unplaced voice,
 * so a card can be summarised, shown and placed like any round-up.
 */
public final class CardVoices {

    private CardVoices() {
    }

    /** One voice per run of quotes the card puts under the same speaker, in card order. */
    public static List<Voice> of(DebateCard card) {
        VoiceIds ids = new VoiceIds();
        List<Voice> voices = new ArrayList<>();
        List<Quote> run = new ArrayList<>();
        List<Person> speaker = List.of();
        for (CardQuote quote : card.quotes()) {
            List<Person> people = peopleOf(quote);
            if (!people.equals(speaker) && !run.isEmpty()) {
                voices.add(Voice.unplaced(ids.next(speaker), speaker, run));
                run = new ArrayList<>();
            }
            speaker = people;
            run.add(new Quote(quote.text(), quote.citation()));
        }
        if (!run.isEmpty()) {
            voices.add(Voice.unplaced(ids.next(speaker), speaker, run));
        }
        return voices;
    }

    /** A header the importer could not split into people still names someone; none at all is "Unattributed". */
    private static List<Person> peopleOf(CardQuote quote) {
        if (!quote.people().isEmpty()) {
            return quote.people();
        }
        return List.of(new Person(quote.speaker().isBlank() ? "Unattributed" : quote.speaker(), ""));
    }
}
