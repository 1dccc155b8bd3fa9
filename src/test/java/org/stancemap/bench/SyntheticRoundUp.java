package org.stancemap.bench;

import java.util.List;
import org.stancemap.model.Person;
import org.stancemap.model.Project;
import org.stancemap.model.Quote;
import org.stancemap.model.Voice;

/**
 * A round-up text of any size in the seed's format: the seed's entries repeated with varied names, so that
 * every voice is new to the importer and ids stay readable.
 */
public final class SyntheticRoundUp {

    private static final String[] GIVEN = {"Anna", "Boris", "Chen", "Dana", "Emil", "Farah", "Goran", "Hana",
        "Ivan", "Jun", "Kemal", "Lena", "Marek", "Nadia", "Oleg", "Priya", "Qiu", "Rosa", "Sergei", "Tamar"};
    private static final String[] FAMILY = {"Abe", "Brandt", "Costa", "Dvořák", "Eriksen", "Fischer", "García",
        "Horvat", "Ito", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quinn",
        "Rossi", "Sato", "Tanaka", "Usman", "Vidal", "Weiss", "Xu", "Yilmaz", "Zhou"};

    private SyntheticRoundUp() {
    }

    /**
     * At least {@code minChars} characters: the seed's front matter, then its entries over and over, each
     * person renamed, each quote with its original citation.
     */
    public static String of(String seedText, Project seed, int minChars) {
        StringBuilder text = new StringBuilder(minChars + 100_000);
        text.append("Expert Round-Up: How Likely Is a Synthetic Alliance?\n\nJune 14, 2019\nA. Author and B. Author\n\n");
        seed.roundUp().intro().forEach(paragraph -> text.append(paragraph).append("\n\n"));
        int person = 0;
        while (text.length() < minChars) {
            for (Voice voice : seed.voices()) {
                List<Person> people = voice.people();
                for (int i = 0; i < people.size(); i++) {
                    text.append(i == 0 ? "" : i == people.size() - 1 ? "; and " : "; ")
                            .append(name(person++)).append(", ").append(people.get(i).role());
                }
                text.append("\n\n");
                for (Quote quote : voice.quotes()) {
                    text.append(quote.text()).append(" (").append(quote.citation().raw()).append(")\n\n");
                }
            }
        }
        return text.toString();
    }

    /**
     * Distinct for the first 520 people, then told apart by middle initials, as real namesakes are: "Anna Abe", …,
     * "Anna B. Abe", …, "Anna BA. Abe". Never a digit: a name with one is no name to the importer.
     */
    static String name(int index) {
        int combinations = GIVEN.length * FAMILY.length;
        String given = GIVEN[index % GIVEN.length];
        String family = FAMILY[(index / GIVEN.length) % FAMILY.length];
        int generation = index / combinations;
        return generation == 0 ? given + " " + family : given + " " + initials(generation) + ". " + family;
    }

    /** {@code generation} (1 or more) in base 26 written with capitals: 1 → "B", 25 → "Z", 26 → "BA". */
    private static String initials(int generation) {
        StringBuilder letters = new StringBuilder();
        for (int g = generation; g > 0; g /= 26) {
            letters.insert(0, (char) ('A' + g % 26));
        }
        return letters.toString();
    }
}
