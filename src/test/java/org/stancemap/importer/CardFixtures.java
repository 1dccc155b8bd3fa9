package org.stancemap.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.stancemap.model.CardCite;
import org.stancemap.model.CardQuote;
import org.stancemap.model.Citation;
import org.stancemap.model.DebateCard;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.RoundUp;
import org.stancemap.model.Spectrum;
import org.stancemap.model.Voice;
import org.stancemap.importer.text.CitationDateReader;

/** Small hand-built round-ups and cards, so that each check is shown on the least text that shows it. */
public final class CardFixtures {

    private CardFixtures() {
    }

    /** A citation as a round-up writes it, e.g. "The National Interest, 09.02.18". */
    public static Citation citation(String raw) {
        int comma = raw.lastIndexOf(',');
        return new Citation(raw.substring(0, comma).strip(), CitationDateReader.read(raw.substring(comma + 1).strip()), raw);
    }

    public static Quote quote(String text, String citation) {
        return new Quote(text, citation(citation));
    }

    /** A voice of people named "A" or "A and B", each with an empty role. */
    public static Voice voice(String names, Quote... quotes) {
        List<Person> people = people(names);
        String id = names.toLowerCase().replaceAll("[^a-z]+", "-");
        return Voice.unplaced(id, people, Arrays.asList(quotes));
    }

    public static Project project(Voice... voices) {
        RoundUp roundUp = new RoundUp("Expert Round-Up", Optional.of(LocalDate.of(2019, 6, 14)), List.of("Ed Itor"),
                Optional.of("Russia Matters"), Optional.empty(), List.of());
        return new Project(roundUp, Spectrum.unbanded("How likely?", "No", "Yes"), Arrays.asList(voices));
    }

    /** A card quote put under {@code names} ("" for none), as the importer would give it. */
    public static CardQuote cardQuote(String names, String text, String citation) {
        return new CardQuote(names, people(names), text, citation(citation));
    }

    public static DebateCard card(CardQuote... quotes) {
        return new DebateCard("", CardCite.missing(), "ank", Arrays.asList(quotes));
    }

    private static List<Person> people(String names) {
        List<Person> people = new ArrayList<>();
        for (String name : names.split(" and ")) {
            if (!name.isBlank()) {
                people.add(new Person(name.strip(), ""));
            }
        }
        return people;
    }
}
