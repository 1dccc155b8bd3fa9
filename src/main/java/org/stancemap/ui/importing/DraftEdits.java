package org.stancemap.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.stancemap.importer.roundup.DraftEntry;
import org.stancemap.importer.roundup.EntryRole;
import org.stancemap.importer.text.ExpertHeader;
import org.stancemap.importer.text.Paragraphs;
import org.stancemap.model.Person;

/**
 * The review's fixes as functions from one list of entries to the next, so that each is a value the review can
 * keep for Undo and a test can check without a window. Indices are positions in the list given.
 */
final class DraftEdits {

    private DraftEdits() {
    }

    /** The two entries as one, at the earlier one's place. */
    static List<DraftEntry> merge(List<DraftEntry> entries, int one, int other) {
        if (one == other) {
            throw new IllegalArgumentException("an entry cannot be merged with itself");
        }
        int first = Math.min(one, other);
        int second = Math.max(one, other);
        List<DraftEntry> changed = new ArrayList<>(entries);
        changed.set(first, entries.get(first).mergedWith(entries.get(second)));
        changed.remove(second);
        return changed;
    }

    /** The entry cut before quote {@code quote}; the new entry of {@code people} comes right after it. */
    static List<DraftEntry> split(List<DraftEntry> entries, int entry, int quote, List<Person> people) {
        List<DraftEntry> parts = entries.get(entry).splitAt(quote, people);
        List<DraftEntry> changed = new ArrayList<>(entries);
        changed.set(entry, parts.get(0));
        changed.add(entry + 1, parts.get(1));
        return changed;
    }

    /** Quote {@code quote} of entry {@code from} given to entry {@code to}, in source order among its quotes. */
    static List<DraftEntry> moveQuote(List<DraftEntry> entries, int from, int quote, int to) {
        if (from == to) {
            return entries;
        }
        List<DraftEntry> changed = new ArrayList<>(entries);
        changed.set(to, entries.get(to).withQuoteAdded(entries.get(from).quotes().get(quote)));
        changed.set(from, entries.get(from).withoutQuote(quote));
        return changed;
    }

    static List<DraftEntry> withRole(List<DraftEntry> entries, int entry, EntryRole role) {
        List<DraftEntry> changed = new ArrayList<>(entries);
        changed.set(entry, entries.get(entry).withRole(role));
        return changed;
    }

    /**
     * Whoever speaks in entry {@code entry} becomes the moderator, in every entry of theirs (a transcript gives the
     * moderator many turns); a moderator chosen before who is someone else becomes an expert again.
     */
    static List<DraftEntry> chooseModerator(List<DraftEntry> entries, int entry) {
        List<Person> moderator = entries.get(entry).people();
        List<DraftEntry> changed = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            DraftEntry each = entries.get(i);
            boolean same = i == entry || (!moderator.isEmpty() && each.people().equals(moderator));
            if (same) {
                changed.add(each.withRole(EntryRole.MODERATOR));
            } else if (each.role() == EntryRole.MODERATOR) {
                changed.add(each.withRole(EntryRole.EXPERT));
            } else {
                changed.add(each);
            }
        }
        return changed;
    }

    /**
     * Person {@code person} of the entry renamed or given a new role; a blank name removes them, and {@code person}
     * equal to the number of people adds one. A changed name drops a family name read for the old one.
     */
    static List<DraftEntry> editPerson(List<DraftEntry> entries, int entry, int person, String name, String role) {
        List<Person> people = new ArrayList<>(entries.get(entry).people());
        String cleanName = Paragraphs.trim(name);
        String cleanRole = Paragraphs.trim(role);
        if (person == people.size()) {
            if (cleanName.isEmpty()) {
                return entries;
            }
            people.add(new Person(cleanName, cleanRole));
        } else if (cleanName.isEmpty()) {
            people.remove(person);
        } else {
            Person old = people.get(person);
            people.set(person, cleanName.equals(old.name())
                    ? new Person(cleanName, cleanRole, old.familyName()) : new Person(cleanName, cleanRole));
        }
        List<DraftEntry> changed = new ArrayList<>(entries);
        changed.set(entry, entries.get(entry).withPeople(people));
        return changed;
    }

    static List<DraftEntry> acceptDoubt(List<DraftEntry> entries, int entry) {
        List<DraftEntry> changed = new ArrayList<>(entries);
        changed.set(entry, entries.get(entry).withoutDoubt());
        return changed;
    }

    /**
     * The people a user typed for a new entry, read as a round-up header is ("Name, Role", "A and B, Role",
     * "A, Role; B, Role"); text that does not read as one is taken as one person's name, as typed. Empty for
     * blank text.
     */
    static Optional<List<Person>> typedPeople(String typed) {
        String text = Paragraphs.trim(typed);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ExpertHeader.read(text).orElseGet(() -> List.of(new Person(text, ""))));
    }
}
