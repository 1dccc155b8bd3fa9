package org.stancemap.importer.roundup;

import java.util.List;
import org.stancemap.model.Person;

/**
 * What a test expects of one draft entry: its role, people, first line and how many quotes it holds, compared
 * all at once so that a fixture's whole reading is stated in one list.
 */
record ExpectedEntry(EntryRole role, List<Person> people, int firstLine, int quotes) {

    static ExpectedEntry of(DraftEntry entry) {
        return new ExpectedEntry(entry.role(), entry.people(), entry.firstLine(), entry.quotes().size());
    }

    static ExpectedEntry expert(String name, String role, int firstLine, int quotes) {
        return new ExpectedEntry(EntryRole.EXPERT, List.of(new Person(name, role)), firstLine, quotes);
    }

    static ExpectedEntry moderator(String name, String role, int firstLine, int quotes) {
        return new ExpectedEntry(EntryRole.MODERATOR, List.of(new Person(name, role)), firstLine, quotes);
    }

    static ExpectedEntry nobody(EntryRole role, int firstLine, int quotes) {
        return new ExpectedEntry(role, List.of(), firstLine, quotes);
    }
}
