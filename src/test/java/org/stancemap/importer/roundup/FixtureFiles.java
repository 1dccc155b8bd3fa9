package org.stancemap.importer.roundup;

import java.util.Arrays;
import java.util.List;
import org.stancemap.importer.RoundUpFixtures;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.model.Person;

/** The round-up fixtures under {@code fixtures/roundups}, and a compact way to state the entries expected of them. */
final class FixtureFiles {

    private FixtureFiles() {
    }

    static String text(String name) {
        return RoundUpFixtures.text(name);
    }

    static SourceDocument document(String name) {
        return RoundUpFixtures.document(name);
    }

    /** An entry as a test expects it: where it starts, who speaks, how many quotes. */
    record Expected(int line, List<Person> people, int quotes) {
    }

    /** {@code entry(12, 2, "Jane Roe|Fellow, Lab", "John Doe|Editor")}: each person as "name|role". */
    static Expected entry(int line, int quotes, String... people) {
        return new Expected(line, Arrays.stream(people).map(FixtureFiles::person).toList(), quotes);
    }

    static Expected found(DraftEntry entry) {
        return new Expected(entry.firstLine(), entry.people(), entry.quotes().size());
    }

    private static Person person(String nameAndRole) {
        int bar = nameAndRole.indexOf('|');
        return new Person(nameAndRole.substring(0, bar), nameAndRole.substring(bar + 1));
    }
}
