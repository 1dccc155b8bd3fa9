package org.stancemap.importer.roundup;

import java.util.ArrayList;
import java.util.Comparator;
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

    /**
     * This entry and {@code other} as one, as when the format cut one expert in two: the earlier entry's people
     * first, then the other's not already named, every quote in source order. The result is an expert's entry when
     * either was one, so that merging a stray paragraph into an expert keeps the expert; a doubt or stated stance
     * is kept, the earlier entry's first.
     */
    public DraftEntry mergedWith(DraftEntry other) {
        DraftEntry first = firstLine <= other.firstLine ? this : other;
        DraftEntry second = first == this ? other : this;
        List<Person> mergedPeople = new ArrayList<>(first.people);
        for (Person person : second.people) {
            if (mergedPeople.stream().noneMatch(p -> p.name().equals(person.name()))) {
                mergedPeople.add(person);
            }
        }
        List<DraftQuote> mergedQuotes = new ArrayList<>(first.quotes);
        mergedQuotes.addAll(second.quotes);
        mergedQuotes.sort(Comparator.comparingInt(DraftQuote::firstLine));
        EntryRole mergedRole = first.role == EntryRole.EXPERT || second.role == EntryRole.EXPERT
                ? EntryRole.EXPERT : first.role;
        return new DraftEntry(mergedPeople, first.firstLine, mergedQuotes, mergedRole,
                first.doubt.or(() -> second.doubt), first.stance.or(() -> second.stance));
    }

    /**
     * This entry cut before its quote {@code quoteIndex}: the entry with the quotes before it, and a new expert's
     * entry of {@code newPeople} with that quote and the ones after, starting at that quote's line. The doubt and
     * stated stance stay with the first part, which the format read them for.
     *
     * @param quoteIndex 1 or more, and less than the number of quotes, so that neither part is left without one
     */
    public List<DraftEntry> splitAt(int quoteIndex, List<Person> newPeople) {
        if (quoteIndex < 1 || quoteIndex >= quotes.size()) {
            throw new IllegalArgumentException("an entry of " + quotes.size() + " quotes cannot be split before quote "
                    + quoteIndex);
        }
        DraftEntry head = withQuotes(quotes.subList(0, quoteIndex));
        DraftEntry tail = new DraftEntry(newPeople, quotes.get(quoteIndex).firstLine(),
                quotes.subList(quoteIndex, quotes.size()), EntryRole.EXPERT, Optional.empty(), Optional.empty());
        return List.of(head, tail);
    }

    /** The same entry with {@code quote} among its quotes, in source order. */
    public DraftEntry withQuoteAdded(DraftQuote quote) {
        List<DraftQuote> more = new ArrayList<>(quotes);
        int at = 0;
        while (at < more.size() && more.get(at).firstLine() <= quote.firstLine()) {
            at++;
        }
        more.add(at, quote);
        return withQuotes(more);
    }

    /** The same entry without its quote {@code index}. */
    public DraftEntry withoutQuote(int index) {
        List<DraftQuote> fewer = new ArrayList<>(quotes);
        fewer.remove(index);
        return withQuotes(fewer);
    }
}
