package org.stancemap.importer.roundup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stancemap.model.Person;

/**
 * One entry as a format read it, before the user accepts it: who speaks, what they said, and where in the
 * source each part came from. The review step changes entries through the {@code with…} methods.
 *
 * @param people    who speaks, in order; empty only for an entry the format could not give a speaker
 *                  (it is then {@link EntryRole#NOT_AN_EXPERT}, a {@link EntryRole#MODERATOR} the source
 *                  labels only by that role, or it carries a doubt)
 * @param firstLine 1-based line of the source where the entry starts (its header, or its only paragraph)
 * @param quotes    what was said, in source order
 * @param role      whether the entry becomes a voice
 * @param doubt     why the format is unsure of this entry, one sentence, or empty when it is sure
 * @param stance    the stance the expert stated, for formats that record one (vote panels)
 */
public record DraftEntry(List<Person> people, int firstLine, List<DraftQuote> quotes, EntryRole role,
                         Optional<String> doubt, Optional<StatedStance> stance) {
    public DraftEntry {
        people = List.copyOf(people);
        if (firstLine < 1) {
            throw new IllegalArgumentException("line numbers start at 1, was " + firstLine);
        }
        quotes = List.copyOf(quotes);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(doubt, "doubt");
        Objects.requireNonNull(stance, "stance");
    }

    /** An expert's entry the format is sure of, with no stated stance. */
    public static DraftEntry expert(List<Person> people, int firstLine, List<DraftQuote> quotes) {
        return new DraftEntry(people, firstLine, quotes, EntryRole.EXPERT, Optional.empty(), Optional.empty());
    }

    /** The last source line the entry covers: its last quote's, or its first line when it has none. */
    public int lastLine() {
        return quotes.isEmpty() ? firstLine : Math.max(firstLine, quotes.get(quotes.size() - 1).lastLine());
    }

    /** True when the entry becomes a voice: an expert's, with a speaker and something said or a stated stance. */
    public boolean becomesVoice() {
        return role == EntryRole.EXPERT && !people.isEmpty() && (!quotes.isEmpty() || stance.isPresent());
    }

    public DraftEntry withPeople(List<Person> newPeople) {
        return new DraftEntry(newPeople, firstLine, quotes, role, doubt, stance);
    }

    public DraftEntry withQuotes(List<DraftQuote> newQuotes) {
        return new DraftEntry(people, firstLine, newQuotes, role, doubt, stance);
    }

    public DraftEntry withRole(EntryRole newRole) {
        return new DraftEntry(people, firstLine, quotes, newRole, doubt, stance);
    }

    public DraftEntry withDoubt(String why) {
        return new DraftEntry(people, firstLine, quotes, role, Optional.of(why), stance);
    }

    /** The same entry with its doubt resolved, as when the user has looked at it and accepted it. */
    public DraftEntry withoutDoubt() {
        return new DraftEntry(people, firstLine, quotes, role, Optional.empty(), stance);
    }

    public DraftEntry withStance(StatedStance newStance) {
        return new DraftEntry(people, firstLine, quotes, role, doubt, Optional.of(newStance));
    }
}
