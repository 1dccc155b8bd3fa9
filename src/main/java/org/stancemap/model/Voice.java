package org.stancemap.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One expert entry of a round-up: one or more people speaking with one voice. A voice is what sits on the map.
 *
 * @param id         stable identifier within a project, e.g. "graham-t-allison"
 * @param people     who speaks, in the order the round-up names them; never empty
 * @param quotes     what they said, in article order
 * @param tags       attributes to colour and filter by, e.g. region → Western, role → scholar; sorted by key
 * @param placements the voice's own placements, oldest first; the last is current
 * @param note       the analyst's free-text note, possibly empty
 */
public record Voice(String id, List<Person> people, List<Quote> quotes, Map<String, String> tags,
                    List<Placement> placements, String note) {
    public Voice {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a voice needs an id");
        }
        people = List.copyOf(people);
        if (people.isEmpty()) {
            throw new IllegalArgumentException("voice " + id + " has no people");
        }
        quotes = List.copyOf(quotes);
        tags = Collections.unmodifiableMap(new TreeMap<>(tags));
        placements = List.copyOf(placements);
        Objects.requireNonNull(note, "note");
    }

    public static Voice unplaced(String id, List<Person> people, List<Quote> quotes) {
        return new Voice(id, people, quotes, Map.of(), List.of(), "");
    }

    /**
     * Where the voice sits now: its latest own placement, else the placement of its latest-dated placed quote.
     */
    public Optional<Placement> placement() {
        if (!placements.isEmpty()) {
            return Optional.of(placements.get(placements.size() - 1));
        }
        return quotes.stream()
                .filter(q -> q.placement().isPresent())
                .max(Comparator.comparing((Quote q) -> q.citation().date().end().orElse(LocalDate.MIN)))
                .flatMap(Quote::placement);
    }

    /** "Graham T. Allison", or "Feng Zhongping and Huang Jing", or "A, B and C". */
    public String displayName() {
        return joinNames(people.stream().map(Person::name).toList());
    }

    /** Family names only for co-authored voices ("Charap, Drennan and Noël"); the full name for one person. */
    public String shortName() {
        if (people.size() == 1) {
            return people.get(0).name();
        }
        return joinNames(people.stream().map(Person::shortName).toList());
    }

    public Voice withPlacementAdded(Placement placement) {
        List<Placement> history = new ArrayList<>(placements);
        history.add(placement);
        return new Voice(id, people, quotes, tags, history, note);
    }

    public Voice withPlacements(List<Placement> newPlacements) {
        return new Voice(id, people, quotes, tags, newPlacements, note);
    }

    public Voice withNote(String newNote) {
        return new Voice(id, people, quotes, tags, placements, newNote);
    }

    public Voice withTags(Map<String, String> newTags) {
        return new Voice(id, people, quotes, newTags, placements, note);
    }

    public Voice withQuotes(List<Quote> newQuotes) {
        return new Voice(id, people, newQuotes, tags, placements, note);
    }

    private static String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + names.get(names.size() - 1);
    }
}
