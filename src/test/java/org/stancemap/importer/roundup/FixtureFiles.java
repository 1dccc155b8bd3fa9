package org.stancemap.importer.roundup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.stancemap.importer.text.SourceDocument;
import org.stancemap.importer.text.SourceDocuments;
import org.stancemap.model.Person;

/** The round-up fixtures under {@code fixtures/roundups}, and a compact way to state the entries expected of them. */
final class FixtureFiles {

    private FixtureFiles() {
    }

    static String text(String name) {
        try (InputStream in = FixtureFiles.class.getResourceAsStream("/org/stancemap/fixtures/roundups/" + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture " + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceDocument document(String name) {
        return SourceDocuments.of(text(name), name);
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
